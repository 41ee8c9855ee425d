import { z } from 'zod';
import { booleanParam } from '../common/schema-parts';

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
