import { z } from 'zod';
import { EntryFileSchema } from '../files/entry-files';
import { IngestSuggestionSchema } from '../ingest/suggestion';

/**
 * `POST /api/editor/ingest` answers the suggestion and, for an uploaded file, the file kept as an upload:
 * a draft that names it in `sources[].file` attaches it (within UPLOAD_TTL_HOURS), so the CMS never sends it twice.
 */
export const IngestAnswerSchema = IngestSuggestionSchema.extend({
  upload: EntryFileSchema.nullable().describe('The uploaded document, kept for a draft to attach as its source file; null for pasted text'),
});
export type IngestAnswer = z.infer<typeof IngestAnswerSchema>;
