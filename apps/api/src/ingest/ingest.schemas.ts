import { IngestTextInputSchema } from '@dualcarbon/domain';

/** The JSON form of the request ({text}); a multipart request sends the field "file" instead. */
export const IngestBodySchema = IngestTextInputSchema.partial();

/** Documentation of the multipart form. */
export const IngestMultipartDoc = {
  type: 'object',
  properties: {
    file: { type: 'string', format: 'binary', description: 'A PDF (with a text layer), DOCX, HTML page as saved from a government site, or TXT file; ≤ 20 MB' },
  },
  required: ['file'],
};
