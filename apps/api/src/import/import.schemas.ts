import { z } from 'zod';
import { booleanParam } from '../editor/editor.schemas';

export const ImportQuerySchema = z.strictObject({
  dryRun: booleanParam('dryRun').optional().describe('Only validate and report; create nothing'),
});
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

/** The JSON form of an import (multipart sends the same fields plus `file`). */
export const ImportBodySchema = z.object({
  content: z.string().max(10_000_000).optional().describe('The CSV or JSON file’s text (JSON requests)'),
  format: z.enum(['csv', 'json']).optional().describe('Default: from the file name, else from the content'),
  filename: z.string().max(300).optional(),
});
export type ImportBody = z.infer<typeof ImportBodySchema>;

/** Documentation of the multipart form. */
export const ImportMultipartDoc = {
  type: 'object',
  properties: {
    file: { type: 'string', format: 'binary', description: 'A .csv or .json file' },
    format: { type: 'string', enum: ['csv', 'json'] },
  },
  required: ['file'],
};

const Issue = z.object({ path: z.string(), code: z.string(), message: z.string() });
export const ImportRowSchema = z.object({
  row: z.number().int().describe('1 = the first entry (the first line after the CSV header)'),
  ok: z.boolean(),
  slug: z.string().nullable(),
  issues: z.array(Issue),
  entryId: z.uuid().optional().describe('Set once the draft is created'),
});
export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  jobId: z.uuid().nullable().describe('Follow progress at GET /api/editor/import/{jobId}; null for a dry run'),
  format: z.enum(['csv', 'json']),
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  rows: z.array(ImportRowSchema),
});
export const ImportJobSchema = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'done', 'failed']),
  format: z.enum(['csv', 'json']),
  total: z.number().int().describe('Valid rows to create'),
  processed: z.number().int(),
  created: z.number().int(),
  failed: z.number().int(),
  percent: z.number().int(),
  rows: z.array(ImportRowSchema),
  createdBy: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
