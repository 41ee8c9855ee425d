import { ROLES } from '@dualcarbon/domain';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/passwords';

/** Emails are compared and stored trimmed, NFKC-normalised and lower-cased. */
export const normaliseEmail = (s: string) => s.normalize('NFKC').trim().toLowerCase();

export const EmailSchema = z
  .string()
  .max(320)
  .transform(normaliseEmail)
  .pipe(z.email('Expected an email address'))
  .describe('Email address; case and surrounding spaces are ignored');

export const NameSchema = z.string().trim().min(1, 'name must not be empty').max(200);
export const RolesSchema = z
  .array(z.enum(ROLES))
  .max(ROLES.length)
  .transform((r) => [...new Set(r)].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b)))
  .describe('Any of editor, reviewer, admin');
export const NewPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH);

const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).min(min).max(max);

export const ListUsersQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().describe('Part of the email or name'),
  role: z.enum(ROLES).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  page: wholeNumber('page', 1, 100_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 200).default(50),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuerySchema>;

export const CreateUserSchema = z.strictObject({
  email: EmailSchema,
  name: NameSchema,
  roles: RolesSchema,
  password: NewPasswordSchema.optional().describe('Omit to generate a one-time password, returned once (an invitation)'),
});
export type CreateUserBody = z.infer<typeof CreateUserSchema>;

export const UpdateUserSchema = z
  .strictObject({ name: NameSchema.optional(), roles: RolesSchema.optional(), active: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, 'Give at least one of name, roles, active');
export type UpdateUserBody = z.infer<typeof UpdateUserSchema>;

export const ResetPasswordSchema = z.strictObject({
  password: NewPasswordSchema.optional().describe('Omit to generate a one-time password, returned once'),
});
export type ResetPasswordBody = z.infer<typeof ResetPasswordSchema>;

export const UserIdParamSchema = z.uuid('Not a user id');

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type UserView = z.infer<typeof UserSchema>;

export const UserListSchema = z.object({ items: z.array(UserSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const CreatedUserSchema = z.object({
  user: UserSchema,
  password: z.string().optional().describe('The generated one-time password, only when none was given; shown this once'),
});
export const ResetPasswordResultSchema = z.object({
  password: z.string().optional().describe('The generated one-time password, only when none was given; shown this once'),
  sessionsEnded: z.number().int(),
});
