import { NewPasswordSchema, ROLES, SignInSchema } from '@dualcarbon/domain';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from './passwords';

/** `POST /api/auth/login`: the domain's sign-in schema, which the CMS's sign-in form checks too. The email is trimmed, NFKC-normalised and lower-cased before anything else. */
export const LoginSchema = SignInSchema;
export type LoginBody = z.infer<typeof LoginSchema>;

export const AuthUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
});

export const SessionSchema = z.object({
  user: AuthUserSchema,
  csrfToken: z.string().describe('Send as the X-CSRF-Token header on POST/PUT/PATCH/DELETE (same value as the dc_csrf cookie)'),
});
export type SessionView = z.infer<typeof SessionSchema>;

const LinkTokenSchema = z.string().max(200).describe('The token from the one-time link (after #token=)');

/** `POST /api/auth/password-link`: whom a one-time link is for (the link is not used up). */
export const PasswordLinkQuerySchema = z.strictObject({ token: LinkTokenSchema });
export type PasswordLinkQuery = z.infer<typeof PasswordLinkQuerySchema>;
export const PasswordLinkSchema = z.object({
  email: z.string(),
  name: z.string(),
  purpose: z.enum(['invite', 'reset']),
  expiresAt: z.string(),
});

/** `POST /api/auth/set-password`: choose a password with a one-time link. */
export const SetPasswordSchema = z.strictObject({ token: LinkTokenSchema, password: NewPasswordSchema });
export type SetPasswordBody = z.infer<typeof SetPasswordSchema>;
export const SetPasswordResultSchema = z.object({ email: z.string().describe('Sign in with this address and the new password') });

/** `POST /api/auth/password`: change my own password. */
export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'currentPassword is required').max(MAX_PASSWORD_LENGTH),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordSchema>;
export const ChangePasswordResultSchema = z.object({ sessionsEnded: z.number().int().describe('My other sessions, now ended') });
