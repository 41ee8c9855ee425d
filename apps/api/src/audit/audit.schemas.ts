import { z } from 'zod';
import { wholeNumber } from '../common/schema-parts';

const instant = (name: string) =>
  z
    .string()
    .refine((s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), {
      message: `${name} must be a date (YYYY-MM-DD) or an ISO 8601 timestamp`,
    })
    .transform((s) => new Date(s).toISOString());

/** `GET /api/admin/audit` query. Strict: unknown parameters are a 400. */
export const AuditListQuerySchema = z
  .strictObject({
    actor: z.uuid('actor must be a user id (uuid)').optional().describe('User id of whoever acted'),
    action: z.string().trim().min(1).max(100).optional().describe('Exact action (entry.submit), or a prefix ending in .* (entry.*)'),
    entityType: z.string().trim().min(1).max(60).optional().describe('e.g. entry, user, session'),
    entityId: z.string().trim().min(1).max(200).optional(),
    from: instant('from').optional().describe('Inclusive lower bound (YYYY-MM-DD or ISO timestamp)'),
    to: instant('to').optional().describe('Exclusive upper bound (YYYY-MM-DD or ISO timestamp)'),
    page: wholeNumber('page', 1, 100_000).default(1),
    pageSize: wholeNumber('pageSize', 1, 200).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { path: ['to'], message: 'to must be later than from' });
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;
