import type { EntityManager } from 'typeorm';
import { userJson, type UserRef } from '../editor/users';
import { isoOrNull } from '../database/sql';

/** A review comment on a whole entry or one of its fields. */
export interface EntryComment {
  id: string;
  entryId: string;
  /** Dotted path of the field ("title.en", "targets.0.value"), or null for the whole entry. */
  field: string | null;
  body: string;
  /** The workflow action it came with (request_changes…), or null for a plain comment. */
  action: string | null;
  /** The entry's version when the comment was made. */
  version: number;
  author: UserRef | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: UserRef | null;
}

const SELECT = `SELECT c.id::text, c.entry_id, c.field, c.body, c.action, c.version, c.created_at, c.resolved_at,
                       ${userJson('c.author_id')} AS author, ${userJson('c.resolved_by')} AS resolved_by
                  FROM entry_comments c`;

/** An entry_comments row as the comment queries read it. */
interface CommentRow {
  id: string;
  entry_id: string;
  field: string | null;
  body: string;
  action: string | null;
  version: number;
  author: UserRef | null;
  created_at: Date;
  resolved_at: Date | null;
  resolved_by: UserRef | null;
}

function toComment(r: CommentRow): EntryComment {
  return {
    id: r.id,
    entryId: r.entry_id,
    field: r.field,
    body: r.body,
    action: r.action,
    version: r.version,
    author: r.author,
    createdAt: isoOrNull(r.created_at)!,
    resolvedAt: isoOrNull(r.resolved_at),
    resolvedBy: r.resolved_by,
  };
}

export async function insertComment(
  m: EntityManager,
  c: { entryId: string; authorId: string; body: string; field?: string | null; action?: string | null; version: number },
): Promise<string> {
  const [row] = await m.query(
    `INSERT INTO entry_comments (entry_id, author_id, field, body, action, version) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text`,
    [c.entryId, c.authorId, c.field ?? null, c.body, c.action ?? null, c.version],
  );
  return row.id;
}

export async function findComments(m: EntityManager, entryId: string, resolved?: boolean): Promise<EntryComment[]> {
  const filter = resolved === undefined ? '' : resolved ? 'AND c.resolved_at IS NOT NULL' : 'AND c.resolved_at IS NULL';
  const rows = await m.query(`${SELECT} WHERE c.entry_id = $1 ${filter} ORDER BY c.created_at, c.id`, [entryId]);
  return rows.map(toComment);
}

export async function findComment(m: EntityManager, entryId: string, id: string): Promise<EntryComment | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const [row] = await m.query(`${SELECT} WHERE c.entry_id = $1 AND c.id = $2`, [entryId, id]);
  return row ? toComment(row) : null;
}

/** Marks a comment resolved (once: a resolved one keeps who resolved it first). */
export async function resolveComment(m: EntityManager, commentId: string, userId: string): Promise<void> {
  await m.query(`UPDATE entry_comments SET resolved_at = now(), resolved_by = $2 WHERE id = $1 AND resolved_at IS NULL`, [commentId, userId]);
}

/**
 * Rewrites the field of the entry's open comments under `prefix` ("targets.") through `move`, in
 * one statement; resolved comments keep the field they were written on. Returns how many changed.
 */
export async function moveOpenCommentFields(m: EntityManager, entryId: string, prefix: string, move: (field: string) => string): Promise<number> {
  const rows: Array<{ id: string; field: string }> = await m.query(
    `SELECT id::text, field FROM entry_comments WHERE entry_id = $1 AND resolved_at IS NULL AND starts_with(field, $2) FOR UPDATE`,
    [entryId, prefix],
  );
  const changed = rows.map((r) => ({ id: r.id, field: move(r.field) })).filter((r, i) => r.field !== rows[i].field);
  if (!changed.length) return 0;
  await m.query(`UPDATE entry_comments c SET field = v.field FROM unnest($2::bigint[], $3::text[]) AS v(id, field) WHERE c.entry_id = $1 AND c.id = v.id`, [
    entryId,
    changed.map((r) => r.id),
    changed.map((r) => r.field),
  ]);
  return changed.length;
}
