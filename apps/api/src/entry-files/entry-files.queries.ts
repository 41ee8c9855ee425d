import { isUuid, UPLOAD_TTL_HOURS, UPLOADS_PER_USER, type EntryFile, type SourceFileStatus } from '@dualcarbon/domain';
import type { DataSource, EntityManager } from 'typeorm';

type Db = DataSource | EntityManager;

/** A row of entry_files without its bytes, as the API lists it. */
interface FileRow {
  id: string;
  entry_id: string | null;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: { id: string; name: string } | null;
  created_at: Date;
  expires_at: Date | null;
}

const TTL = `make_interval(hours => ${UPLOAD_TTL_HOURS})`;
const COLUMNS = `f.id, f.entry_id, f.name, f.media_type, f.size, f.sha256, f.created_at,
  CASE WHEN f.entry_id IS NULL THEN f.created_at + ${TTL} END AS expires_at,
  (SELECT json_build_object('id', u.id, 'name', u.name) FROM users u WHERE u.id = f.uploaded_by) AS uploaded_by`;

const toFile = (r: FileRow): EntryFile => ({
  id: r.id,
  entryId: r.entry_id,
  name: r.name,
  mediaType: r.media_type,
  size: r.size,
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  createdAt: new Date(r.created_at).toISOString(),
  expiresAt: r.expires_at ? new Date(r.expires_at).toISOString() : null,
});

export interface NewFile {
  name: string;
  mediaType: string;
  sha256: string;
  bytes: Buffer;
}

/** Stores an upload no entry has taken yet. */
export async function insertUpload(db: Db, userId: string, f: NewFile): Promise<EntryFile> {
  const [row] = (await db.query(
    `WITH f AS (
       INSERT INTO entry_files (name, media_type, size, sha256, bytes, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, entry_id, name, media_type, size, sha256, created_at, uploaded_by)
     SELECT ${COLUMNS} FROM f`,
    [f.name, f.mediaType, f.bytes.length, f.sha256, f.bytes, userId],
  )) as FileRow[];
  return toFile(row);
}

/** Deletes uploads nobody attached in time, and a user's uploads beyond the newest UPLOADS_PER_USER. */
export async function deleteStaleUploads(db: Db, userId?: string): Promise<number> {
  const [, expired] = (await db.query(`DELETE FROM entry_files WHERE entry_id IS NULL AND created_at < now() - ${TTL}`)) as [unknown, number];
  if (!userId) return expired;
  const [, surplus] = (await db.query(
    `DELETE FROM entry_files WHERE id IN (
       SELECT id FROM entry_files WHERE entry_id IS NULL AND uploaded_by = $1 ORDER BY created_at DESC, id OFFSET $2)`,
    [userId, UPLOADS_PER_USER],
  )) as [unknown, number];
  return expired + surplus;
}

/** An entry's files, oldest first (no bytes). */
export async function listEntryFiles(db: Db, entryId: string): Promise<EntryFile[]> {
  const rows = (await db.query(`SELECT ${COLUMNS} FROM entry_files f WHERE f.entry_id = $1 ORDER BY f.created_at, f.id`, [entryId])) as FileRow[];
  return rows.map(toFile);
}

/** One of an entry's files with its bytes, or null. */
export async function readEntryFile(db: Db, entryId: string, fileId: string): Promise<(EntryFile & { bytes: Buffer }) | null> {
  const [row] = (await db.query(`SELECT ${COLUMNS}, f.bytes FROM entry_files f WHERE f.entry_id = $1 AND f.id = $2`, [entryId, fileId])) as (FileRow & {
    bytes: Buffer;
  })[];
  return row ? { ...toFile(row), bytes: row.bytes } : null;
}

/**
 * What each file id a saved entry names is to this entry and user: its own file, the user's upload
 * (still fresh or expired), or unknown (another entry's, another user's upload, or none at all).
 */
export async function fileStatuses(db: Db, ids: string[], entryId: string | null, userId: string): Promise<Map<string, SourceFileStatus>> {
  const statuses = new Map<string, SourceFileStatus>(ids.map((id) => [id, 'unknown']));
  if (!ids.length) return statuses;
  const rows = (await db.query(`SELECT id, entry_id, uploaded_by, created_at < now() - ${TTL} AS expired FROM entry_files WHERE id = ANY($1::uuid[])`, [
    ids,
  ])) as Array<{ id: string; entry_id: string | null; uploaded_by: string | null; expired: boolean }>;
  for (const r of rows) {
    if (r.entry_id !== null) statuses.set(r.id, r.entry_id === entryId ? 'attached' : 'unknown');
    else if (r.uploaded_by === userId) statuses.set(r.id, r.expired ? 'expired' : 'upload');
  }
  return statuses;
}

/**
 * Attaches the user's fresh uploads among `ids` to the entry (inside the save's transaction) and
 * returns the ids that are neither attached now nor already the entry's: uploads that expired or were
 * taken by another save meanwhile.
 */
export async function attachUploads(m: EntityManager, entryId: string, ids: string[], userId: string): Promise<string[]> {
  if (!ids.length) return [];
  await m.query(
    `UPDATE entry_files SET entry_id = $1, attached_at = now()
      WHERE id = ANY($2::uuid[]) AND entry_id IS NULL AND uploaded_by = $3 AND created_at >= now() - ${TTL}`,
    [entryId, ids, userId],
  );
  const rows = (await m.query(`SELECT id FROM entry_files WHERE id = ANY($1::uuid[]) AND entry_id = $2`, [ids, entryId])) as Array<{ id: string }>;
  const have = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !have.has(id));
}

/** The well-formed file ids an entry's raw input names in its sources (the schema reports the others). */
export function sourceFileIds(raw: unknown): string[] {
  const sources = (raw as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  const ids = sources.map((s) => (s as { file?: unknown } | null)?.file).filter(isUuid);
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}
