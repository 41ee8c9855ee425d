import { AUTHORED } from '../editor/entry-store';
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
