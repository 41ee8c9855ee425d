import { ROLES } from '@dualcarbon/domain';
import { z } from 'zod';
import { EmailSchema } from '../users/users.schemas';
import { MAX_PASSWORD_LENGTH } from './passwords';

/** `POST /api/auth/login`. The email is trimmed, NFKC-normalised and lower-cased before anything else. */
export const LoginSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, 'password is required').max(MAX_PASSWORD_LENGTH),
});
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
