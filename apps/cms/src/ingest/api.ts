import { EntryFileListSchema, EntryFileSchema, IngestAnswerSchema, type EntryFile, type IngestAnswer } from '@dualcarbon/domain';
import { ApiError, get, post, upload } from '@/api/http';

/** The API's answer checked against the shared schema: a mismatch is a clear error, not a broken screen later. */
function checked<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) throw new ApiError(200, 'response/unexpected', 'The server sent an answer this screen cannot read');
  return r.data;
}

/** Reads an uploaded document into suggestions; the file comes back as `upload`, for the draft to attach. */
export async function readDocumentFile(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<IngestAnswer> {
  const form = new FormData();
  form.append('file', file, file.name);
  return checked(IngestAnswerSchema, await upload<unknown>('/editor/ingest', form, onProgress, signal));
}

/** Reads pasted text into suggestions (nothing is kept). */
export async function readDocumentText(text: string, signal?: AbortSignal): Promise<IngestAnswer> {
  return checked(IngestAnswerSchema, await post<unknown>('/editor/ingest', { text }, { signal }));
}

/** Uploads a source document for an entry: it belongs to the entry once a save names it in a source. */
export async function uploadSourceFile(file: File, onProgress: (fraction: number) => void): Promise<EntryFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return checked(EntryFileSchema, await upload<unknown>('/editor/uploads', form, onProgress));
}

export async function listEntryFiles(entryId: string): Promise<EntryFile[]> {
  return checked(EntryFileListSchema, await get<unknown>(`/editor/entries/${encodeURIComponent(entryId)}/files`)).items;
}

/** Where the browser downloads an entry's file (same origin: the session cookie goes along). */
export const entryFileUrl = (entryId: string, fileId: string) => `/api/editor/entries/${encodeURIComponent(entryId)}/files/${encodeURIComponent(fileId)}`;
