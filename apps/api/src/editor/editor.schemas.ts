import { EntryInputSchema, WORKFLOW_ACTIONS } from '@dualcarbon/domain';
import { z } from 'zod';
import { booleanParam, statusList, Version, wholeNumber } from '../common/schema-parts';

/** A zod schema as an OpenAPI schema object, for bodies the domain validates itself (422 with domain codes). */
export const openApi = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/** `GET /api/editor/entries` */
export const EditorListQuerySchema = z.strictObject({
  status: statusList.optional().describe('Comma-separated states as editors see them (a revision’s state for a published entry being revised)'),
  mine: booleanParam('mine').optional().describe('Only entries I authored, submitted, or whose pending content I wrote'),
  q: z.string().trim().min(1).max(200).optional().describe('Words in the title, summary or slug'),
  page: wholeNumber('page', 1, 10_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 100).default(20),
});
export type EditorListQuery = z.infer<typeof EditorListQuerySchema>;

/** `PUT /api/editor/entries/:id?autosave=true` */
export const SaveQuerySchema = z.strictObject({
  autosave: booleanParam('autosave').optional().describe('An autosave: same version check, recorded as such in the revisions'),
});
export type SaveQuery = z.infer<typeof SaveQuerySchema>;

/** Documentation of the save body: `{version, data}`, or the entry's fields with `version` beside them. */
export const SaveBodyDoc = z.union([
  z.object({ version: Version.optional(), data: EntryInputSchema }),
  EntryInputSchema.extend({ version: Version.optional() }),
]);

/** Splits a save body into the entry and the version it states. */
export function splitSaveBody(body: unknown): { raw: unknown; version?: number } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { raw: body };
  const { version, data, ...rest } = body as Record<string, unknown>;
  const v = typeof version === 'number' && Number.isInteger(version) ? version : undefined;
  return { raw: data !== undefined && typeof data === 'object' ? data : rest, version: v };
}

/** `If-Match: "7"` (also W/"7" or 7). */
export function parseIfMatch(header: string | undefined): number | undefined {
  const m = header?.trim().match(/^(?:W\/)?"?(\d{1,9})"?$/);
  return m ? Number(m[1]) : undefined;
}

/** `POST /api/editor/entries/:id/transitions` */
export const TransitionBodySchema = z.strictObject({
  action: z.enum(WORKFLOW_ACTIONS, { error: `action is one of ${WORKFLOW_ACTIONS.join(', ')}` }),
  comment: z.string().trim().max(10_000, 'At most 10000 characters').optional().describe('Required for request_changes; kept as a review comment'),
  version: Version.optional().describe('If given, the transition applies only to this version (409 entry/stale_version otherwise)'),
});
export type TransitionBody = z.infer<typeof TransitionBodySchema>;

const FIELDS = new Set(Object.keys(EntryInputSchema.shape));

/** `POST /api/editor/entries/:id/comments` */
export const CommentBodySchema = z.strictObject({
  body: z.string().trim().min(1, 'Write a comment').max(10_000, 'At most 10000 characters'),
  field: z
    .string()
    .trim()
    .max(200)
    .regex(/^[A-Za-z]+(\.[A-Za-z0-9]+)*$/, 'A field path such as "title.en" or "targets.0.value"')
    .refine((f) => FIELDS.has(f.split('.')[0]), { message: `The field path starts with one of: ${[...FIELDS].join(', ')}` })
    .nullish()
    .describe('The field the comment is about; omit for the whole entry'),
});
export type CommentBody = z.infer<typeof CommentBodySchema>;

export const CommentListQuerySchema = z.strictObject({
  resolved: booleanParam('resolved').optional().describe('true: only resolved; false: only open; omitted: all'),
});
export type CommentListQuery = z.infer<typeof CommentListQuerySchema>;
