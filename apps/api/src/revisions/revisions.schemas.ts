import { z } from 'zod';
import { wholeNumber } from '../common/schema-parts';

export const RevisionListQuerySchema = z.strictObject({
  page: wholeNumber('page', 1, 10_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 200).default(50),
  autosaves: z
    .enum(['latest', 'all'], { error: 'autosaves is latest or all' })
    .default('latest')
    .describe('latest (default): one autosave per person — those the same person superseded later are folded away; all: every revision'),
});
export type RevisionListQuery = z.infer<typeof RevisionListQuerySchema>;

/** A version number, `published` (the public copy now) or `current` (the working copy). */
const Ref = z
  .string()
  .regex(/^(published|current|[1-9]\d{0,8})$/, 'A version number, "published" or "current"')
  .transform((v): 'published' | 'current' | number => (v === 'published' || v === 'current' ? v : Number(v)));
export type RevisionRef = z.infer<typeof Ref>;

export const DiffQuerySchema = z.strictObject({
  from: Ref.optional().describe('Default: "published" when the entry is live, else the version before the current one'),
  to: Ref.optional().describe('Default: "current"'),
});
export type DiffQuery = z.infer<typeof DiffQuerySchema>;

export const VersionParamSchema = wholeNumber('version', 1, 999_999_999);

export const RestoreBodySchema = z
  .strictObject({
    version: z.number().int().min(1).optional().describe('The version the restore is based on (or If-Match); default: the current one'),
  })
  .default({});
export type RestoreBody = z.infer<typeof RestoreBodySchema>;
