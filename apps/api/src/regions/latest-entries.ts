import { type EntrySummary } from '@dualcarbon/domain';
import type { DataSource } from 'typeorm';
import { ENTRY_ROW_COLUMNS, toSummary, type EntryRow } from '../search/entry-rows';
import { PUBLISHED_ENTRY } from '../targets/targets.queries';

/**
 * The newest published entries in `scope` (jurisdiction codes; undefined for all), in the list
 * route's order (issued date, undated last) and summarised exactly as the list route does.
 */
export async function latestEntries(db: DataSource, scope: string[] | undefined, limit: number): Promise<EntrySummary[]> {
  const rows = (await db.query(
    `SELECT ${ENTRY_ROW_COLUMNS}
       FROM entries e
       LEFT JOIN regions r ON r.code = e.jurisdiction
      WHERE ${PUBLISHED_ENTRY}${scope ? ' AND e.jurisdiction = ANY($2::varchar[])' : ''}
      ORDER BY e.issued_on DESC NULLS LAST, e.published_at DESC, e.id
      LIMIT $1`,
    scope ? [limit, scope] : [limit],
  )) as EntryRow[];
  return rows.map(toSummary);
}
