import { EmailSchema, ROLES } from '@dualcarbon/domain';
import { z } from 'zod';

/** The domain's account fields (the CMS's forms check the same): addresses trimmed, NFKC-normalised, lower-cased. */
export { EmailSchema, NewPasswordSchema } from '@dualcarbon/domain';

export const NameSchema = z.string().trim().min(1, 'name must not be empty').max(200);
export const RolesSchema = z
  .array(z.enum(ROLES))
  .max(ROLES.length)
  .transform((r) => [...new Set(r)].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b)))
  .describe('Any of editor, reviewer, admin');

const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min)
    .max(max);

export const ListUsersQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().describe('Part of the email or name'),
  role: z.enum(ROLES).optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: wholeNumber('page', 1, 100_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 200).default(50),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuerySchema>;

/** An invitation: the user chooses a password through a one-time link mailed to them (no admin ever sets or sees one). */
export const CreateUserSchema = z.strictObject({
  email: EmailSchema,
  name: NameSchema,
  roles: RolesSchema,
});
export type CreateUserBody = z.infer<typeof CreateUserSchema>;
/** Accounts the operator makes on the command line (admin:create, seed:dev-users) come with a password. */
export type NewUserWithPassword = CreateUserBody & { password: string };

export const UpdateUserSchema = z
  .strictObject({ name: NameSchema.optional(), roles: RolesSchema.optional(), active: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, 'Give at least one of name, roles, active');
export type UpdateUserBody = z.infer<typeof UpdateUserSchema>;

/** No body: the old password stops working and the user sets a new one through a mailed one-time link. */
export const ResetPasswordSchema = z.strictObject({});
export type ResetPasswordBody = z.infer<typeof ResetPasswordSchema>;

export const UserIdParamSchema = z.uuid('Not a user id');
