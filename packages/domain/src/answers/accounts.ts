import { z } from 'zod';
import { ROLES } from '../workflow/machine';
import { pageOf } from './common';

/** The signed-in user as the session names them. */
export const AuthUserSchema = z.object({ id: z.uuid(), email: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)) });
export type SessionUser = z.infer<typeof AuthUserSchema>;

/** `POST /api/auth/login`, `GET /api/auth/session` */
export const SessionSchema = z.object({
  user: AuthUserSchema,
  csrfToken: z.string().describe('Send as the X-CSRF-Token header on POST/PUT/PATCH/DELETE (same value as the dc_csrf cookie)'),
});
export type Session = z.infer<typeof SessionSchema>;

/** `POST /api/auth/password-link`: whom a one-time link is for. */
export const PasswordLinkSchema = z.object({ email: z.string(), name: z.string(), purpose: z.enum(['invite', 'reset']), expiresAt: z.string() });
export type PasswordLink = z.infer<typeof PasswordLinkSchema>;

/** `POST /api/auth/set-password` */
export const SetPasswordResultSchema = z.object({ email: z.string().describe('Sign in with this address and the new password') });
export type SetPasswordResult = z.infer<typeof SetPasswordResultSchema>;

/** `POST /api/auth/password` */
export const ChangePasswordResultSchema = z.object({ sessionsEnded: z.number().int().describe('My other sessions, now ended') });
export type ChangePasswordResult = z.infer<typeof ChangePasswordResultSchema>;

/** An account as admins see it. */
export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastLoginAt: z.string().nullable(),
  passwordSet: z.boolean().describe('False while an invitation or a reset waits for the user to choose a password'),
});
export type UserView = z.infer<typeof UserSchema>;

/** `GET /api/admin/users` */
export const UserListSchema = pageOf(UserSchema);
export type UserList = z.infer<typeof UserListSchema>;

const MailedLinkSchema = z.object({
  expiresAt: z.string().describe('Until when the mailed set-password link works (PASSWORD_LINK_HOURS)'),
  mailed: z.boolean().describe('False when the mail could not be sent: send a new link with reset-password'),
});
export type MailedLink = z.infer<typeof MailedLinkSchema>;

/** `POST /api/admin/users` */
export const CreatedUserSchema = z.object({ user: UserSchema, invitation: MailedLinkSchema });
export type CreatedUser = z.infer<typeof CreatedUserSchema>;

/** `POST /api/admin/users/:id/reset-password` */
export const ResetPasswordResultSchema = z.object({ sessionsEnded: z.number().int(), link: MailedLinkSchema });
export type ResetPasswordResult = z.infer<typeof ResetPasswordResultSchema>;

export const AuditRecordSchema = z.object({
  id: z.string(),
  at: z.string().describe('ISO 8601 timestamp'),
  actor: z.object({ id: z.uuid(), email: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/** `GET /api/admin/audit` */
export const AuditListSchema = pageOf(AuditRecordSchema);
export type AuditList = z.infer<typeof AuditListSchema>;

const TermBase = z.object({
  code: z.string(),
  parent: z.string().nullable(),
  en: z.string(),
  zh: z.string(),
  sort: z.number().int(),
  keywords: z.array(z.string()),
  unit: z.string().nullable(),
  defaultComparison: z.string().nullable(),
  origin: z.enum(['seed', 'admin']).describe('admin: changed by an admin, so the seeder leaves it alone'),
  usage: z.number().int().describe('Entries (live or working copy) and stand-alone observations using the term'),
});
/** A taxonomy term with its children (the tree is as deep as the taxonomy). */
export type TermView = z.infer<typeof TermBase> & { children: TermView[] };
export const TermSchema: z.ZodType<TermView> = TermBase.extend({
  get children() {
    return z.array(TermSchema).describe('Child terms, same shape');
  },
}).meta({ id: 'TaxonomyTerm' });
/** `GET /api/admin/taxonomies/:taxonomy` */
export const TermTreeSchema = z.object({ taxonomy: z.string(), items: z.array(TermSchema), total: z.number().int() });
export type TermTree = z.infer<typeof TermTreeSchema>;

/** `POST /api/admin/taxonomies/:taxonomy/:code/merge` */
export const MergeResultSchema = z.object({ merged: z.string(), into: z.string(), retagged: z.array(z.uuid()), observations: z.number().int() });
export type MergeResult = z.infer<typeof MergeResultSchema>;

export const HealthSchema = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['up', 'down']), version: z.string() });
export const LivenessSchema = z.object({ status: z.literal('ok'), version: z.string() });
export const ReadinessSchema = HealthSchema.extend({ migrations: z.enum(['applied', 'pending', 'unknown']) });
export type Health = z.infer<typeof HealthSchema>;
export type Readiness = z.infer<typeof ReadinessSchema>;
