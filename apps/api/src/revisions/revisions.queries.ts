import type { EntryData } from '@dualcarbon/domain';
import { firstRow, rowsOf, type Queryable } from '../database/sql';
import { AUTHORED } from '../editor/entry-store';
import type { RevisionRow as SavedVersionRow } from '../editor/revision-rows';
import { userJson } from '../editor/users';

/**
 * An autosave its author superseded later with content of their own (a publish or a discard by the same
 * person does not count: what it replaced must stay in sight), that no workflow move went through and
 * that is not the published version ($5).
 */
const FOLDED = `(r.note = 'autosave' AND r.last_by_same > r.version AND r.version IS DISTINCT FROM $5::int
             AND NOT EXISTS (SELECT 1 FROM entry_transitions t WHERE t.entry_id = r.entry_id AND t.version = r.version))`;

/**
 * The revision list. Autosaves are folded as WordPress keeps them, one per person: an autosave that
 * the same person superseded by later content of theirs is left out (it stays readable, comparable
 * and restorable by its version). Versions a workflow move went through (submitted, approved…) and
 * the published one are always listed. $4 = true lists everything. Rows carry the total after
 * folding and how many autosaves were folded.
 */
export const LIST_REVISIONS = `
  WITH r AS (
    SELECT r.*, max(r.version) FILTER (WHERE ${AUTHORED('r')}) OVER (PARTITION BY r.created_by) AS last_by_same
      FROM entry_revisions r
     WHERE r.entry_id = $1
  ), shown AS (
    SELECT r.*, ${FOLDED} AS folded FROM r
  )
  SELECT s.version, s.workflow_status, s.note, s.created_at, ${userJson('s.created_by')} AS created_by,
         count(*) OVER () AS total, (SELECT count(*) FROM shown WHERE folded) AS folded_autosaves
    FROM shown s
   WHERE $4::boolean OR NOT s.folded
   ORDER BY s.version DESC
   LIMIT $2 OFFSET $3`;

export const COUNT_FOLDED = `
  SELECT count(*)::int AS n FROM (
    SELECT r.entry_id, r.version, r.note, max(r.version) FILTER (WHERE ${AUTHORED('r')}) OVER (PARTITION BY r.created_by) AS last_by_same
      FROM entry_revisions r WHERE r.entry_id = $1
  ) r WHERE ${FOLDED.replace('$5', '$2')}`;

const SELECT = (withData: boolean) =>
  `SELECT r.version, r.workflow_status, r.note, r.created_at, ${userJson('r.created_by')} AS created_by${withData ? ', r.data' : ''}
     FROM entry_revisions r`;

export interface RevisionRow extends SavedVersionRow {
  data?: EntryData;
}
type ListedRevisionRow = RevisionRow & { total: string; folded_autosaves: string };

export const revisionQueries = {
  /** A page of the list (folded unless `all`), with the total after folding and how many autosaves were folded. */
  list: (db: Queryable, entryId: string, limit: number, offset: number, all: boolean, publishedVersion: number | null) =>
    rowsOf<ListedRevisionRow>(db, LIST_REVISIONS, [entryId, limit, offset, all, publishedVersion]),
  countFolded: async (db: Queryable, entryId: string, publishedVersion: number | null) =>
    (await firstRow<{ n: number }>(db, COUNT_FOLDED, [entryId, publishedVersion]))!.n,
  count: async (db: Queryable, entryId: string) =>
    (await firstRow<{ n: number }>(db, `SELECT count(*)::int AS n FROM entry_revisions WHERE entry_id = $1`, [entryId]))!.n,
  withData: (db: Queryable, entryId: string, version: number) =>
    firstRow<RevisionRow & { data: EntryData }>(db, `${SELECT(true)} WHERE r.entry_id = $1 AND r.version = $2`, [entryId, version]),
  data: async (db: Queryable, entryId: string, version: number) =>
    (await firstRow<{ data: EntryData }>(db, `SELECT data FROM entry_revisions WHERE entry_id = $1 AND version = $2`, [entryId, version]))?.data,
};
