/**
 * An entry's source files: the document an entry was made from, kept in the database (so every API replica
 * serves it), for editors, reviewers and admins only. An upload starts unattached (from document ingestion);
 * saving an entry whose sources name it attaches it to that entry; an upload nobody attaches expires.
 */
import { z } from 'zod';
import type { IngestFormat } from '../ingest/suggestion';

/** The largest file: the same limit as document ingestion's. */
export const ENTRY_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** An upload no entry has taken after this long is deleted. */
export const UPLOAD_TTL_HOURS = 24;
/** Unattached uploads kept per editor; a newer one pushes the oldest out. */
export const UPLOADS_PER_USER = 10;

/** The media type a file of each ingested format is served with. */
export const FILE_MEDIA_TYPES: Record<Exclude<IngestFormat, 'text'>, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  txt: 'text/plain',
};

const UserRef = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const EntryFileSchema = z.object({
  id: z.uuid(),
  /** null while the file is an upload no entry has taken yet. */
  entryId: z.uuid().nullable(),
  name: z.string().describe('The file name as uploaded'),
  mediaType: z.string().describe('e.g. application/pdf'),
  size: z.number().int().nonnegative().describe('Bytes'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of the bytes, hex'),
  uploadedBy: UserRef,
  createdAt: z.string().describe('ISO 8601 timestamp'),
  expiresAt: z.string().nullable().describe('When an unattached upload is deleted; null once attached'),
});
export type EntryFile = z.infer<typeof EntryFileSchema>;

export const EntryFileListSchema = z.object({ items: z.array(EntryFileSchema) });
export type EntryFileList = z.infer<typeof EntryFileListSchema>;
