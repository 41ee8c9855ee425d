import { NewPasswordSchema, SignInSchema } from '@dualcarbon/domain';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from './passwords';

/** `POST /api/auth/login`: the domain's sign-in schema, which the CMS's sign-in form checks too. The email is trimmed, NFKC-normalised and lower-cased before anything else. */
export const LoginSchema = SignInSchema;
export type LoginBody = z.infer<typeof LoginSchema>;

const LinkTokenSchema = z.string().max(200).describe('The token from the one-time link (after #token=)');

/** `POST /api/auth/password-link`: whom a one-time link is for (the link is not used up). */
export const PasswordLinkQuerySchema = z.strictObject({ token: LinkTokenSchema });
export type PasswordLinkQuery = z.infer<typeof PasswordLinkQuerySchema>;
/** `POST /api/auth/set-password`: choose a password with a one-time link. */
export const SetPasswordSchema = z.strictObject({ token: LinkTokenSchema, password: NewPasswordSchema });
export type SetPasswordBody = z.infer<typeof SetPasswordSchema>;

/** `POST /api/auth/password`: change my own password. */
export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'currentPassword is required').max(MAX_PASSWORD_LENGTH),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordSchema>;
