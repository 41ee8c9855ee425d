import { firstRow, type Queryable } from '../database/sql';

/** What the public data version is computed from: the newest change to public data, and the change log's position. */
export const publicDataSignature = (db: Queryable) =>
  firstRow<{ newest: Date | null; changes: string }>(
    db,
    `SELECT greatest(
                -- Entries that were never published are drafts nobody outside sees: their autosaves
                -- must not invalidate every public cache. Unpublishing keeps published_at, so it counts.
                (SELECT max(updated_at) FROM entries WHERE published_at IS NOT NULL),
                (SELECT max(published_at) FROM entries),
                (SELECT max(updated_at) FROM regions),
                (SELECT max(updated_at) FROM taxonomy_terms),
                (SELECT max(updated_at) FROM newsletters)
              ) AS newest,
              -- Any committed change to a public entry row, hard deletes included (triggers note them):
              -- a small table, unlike counting 100k published entries every second.
              (SELECT coalesce(max(id), 0) || ':' || count(*) FROM dc_search.changes) AS changes`,
  );
