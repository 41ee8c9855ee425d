import { WORKFLOW_STATES, type DashboardBucket as Bucket, type EntryListItem, type WorkflowState } from '@dualcarbon/domain';
import type { AuthUser } from '../auth/current-user.decorator';
import { containsPattern, firstRow, isoOrNull, type Queryable, rowsOf } from '../database/sql';
import { AUTHORED } from './entry-store';
import { userJson, type UserRef } from './users';
import { visibleInCmsSql } from './visibility';

/** SQL of the CMS entry lists and dashboard: the working copy's fields, by the state editors see. */

export interface ListFilter {
  statuses?: WorkflowState[];
  mine?: boolean;
  q?: string;
  /** Only entries whose last publication is at most this many days old. */
  publishedWithinDays?: number;
}

const STATUS = `coalesce(e.working_status, e.workflow_status)`;
const LAST_PUBLISHED = `(SELECT max(t.created_at) FROM entry_transitions t WHERE t.entry_id = e.id AND t.action = 'publish')`;

/** The orders the lists use. */
export const LIST_ORDER = {
  lastEdited: 'e.edited_at DESC, e.id',
  longestWaiting: 'e.submitted_at ASC NULLS LAST, e.id',
  leastRecentlyEdited: 'e.edited_at ASC, e.id',
  lastPublished: `coalesce(${LAST_PUBLISHED}, e.published_at) DESC NULLS LAST, e.id`,
} as const;

interface ListRow {
  id: string;
  slug: string;
  title: { en?: string; zh?: string } | null;
  kind: string;
  jurisdiction: string;
  level: string;
  status: WorkflowState;
  workflow_status: WorkflowState;
  working_status: WorkflowState | null;
  version: number;
  author_id: string | null;
  author: UserRef | null;
  submitted_by: UserRef | null;
  updated_by: UserRef | null;
  created_at: Date;
  edited_at: Date;
  published_at: Date | null;
  last_published_at: Date | null;
  total: string;
}

function visibility(user: AuthUser, params: unknown[]): string {
  params.push(user.id, user.roles.includes('admin'));
  return `e.deleted_at IS NULL AND ${visibleInCmsSql('e', `$${params.length - 1}`, `$${params.length}`)}`;
}

export async function countByStatus(db: Queryable, user: AuthUser): Promise<Record<WorkflowState, number>> {
  const params: unknown[] = [];
  const rows = await rowsOf<{ status: WorkflowState; n: number }>(
    db,
    `SELECT ${STATUS} AS status, count(*)::int AS n FROM entries e WHERE ${visibility(user, params)} GROUP BY 1`,
    params,
  );
  const counts = Object.fromEntries(WORKFLOW_STATES.map((s) => [s, 0])) as Record<WorkflowState, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** A page of the entries the user may see that pass the filter, and how many there are. */
export async function listEntries(
  db: Queryable,
  user: AuthUser,
  f: ListFilter,
  orderBy: (typeof LIST_ORDER)[keyof typeof LIST_ORDER],
  limit: number,
  offset: number,
): Promise<Bucket & { total: number }> {
  const params: unknown[] = [];
  const where = [visibility(user, params)];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (f.statuses?.length) add((p) => `${STATUS} = ANY(${p}::text[])`, f.statuses);
  if (f.mine) {
    // The author, whoever submitted it last, or anyone who wrote the content not yet published.
    add(
      (p) => `(e.author_id = ${p} OR e.submitted_by = ${p} OR EXISTS (
          SELECT 1 FROM entry_revisions r WHERE r.entry_id = e.id AND r.created_by = ${p} AND r.version > coalesce(e.published_version, 0) AND ${AUTHORED('r')}))`,
      user.id,
    );
  }
  if (f.q) {
    add(
      (p) => `(e.search_text ILIKE ${p} OR e.slug ILIKE ${p} OR (e.working_data->>'slug') ILIKE ${p} OR (e.working_data->'title')::text ILIKE ${p})`,
      containsPattern(f.q),
    );
  }
  if (f.publishedWithinDays) {
    add(
      (p) => `e.workflow_status = 'published' AND coalesce(${LAST_PUBLISHED}, e.published_at) >= now() - make_interval(days => ${p}::int)`,
      f.publishedWithinDays,
    );
  }
  params.push(limit, offset);
  const rows = await rowsOf<ListRow>(
    db,
    `SELECT e.id, coalesce(e.working_data->>'slug', e.slug) AS slug,
              coalesce(e.working_data->'title', jsonb_strip_nulls(jsonb_build_object('en', e.title_en, 'zh', e.title_zh))) AS title,
              coalesce(e.working_data->>'kind', e.kind) AS kind,
              coalesce(e.working_data->>'jurisdiction', e.jurisdiction) AS jurisdiction,
              coalesce(e.working_data->>'level', e.level) AS level,
              ${STATUS} AS status, e.workflow_status, e.working_status, e.version, e.author_id,
              ${userJson('e.author_id')} AS author, ${userJson('e.submitted_by')} AS submitted_by, ${userJson('e.updated_by')} AS updated_by,
              e.created_at, e.edited_at, e.published_at, ${LAST_PUBLISHED} AS last_published_at,
              count(*) OVER () AS total
         FROM entries e
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy}
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  const total = rows.length ? Number(rows[0].total) : offset > 0 ? await count(db, where, params.slice(0, -2)) : 0;
  return { count: total, total, items: rows.map(toItem) };
}

async function count(db: Queryable, where: string[], params: unknown[]): Promise<number> {
  return (await firstRow<{ n: number }>(db, `SELECT count(*)::int AS n FROM entries e WHERE ${where.join(' AND ')}`, params))!.n;
}

function toItem(r: ListRow): EntryListItem {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title ?? {},
    kind: r.kind,
    jurisdiction: r.jurisdiction,
    level: r.level,
    workflowStatus: r.status,
    entryStatus: r.workflow_status,
    hasWorkingRevision: r.working_status !== null,
    version: r.version,
    authorId: r.author_id,
    author: r.author,
    submittedBy: r.submitted_by,
    updatedBy: r.updated_by,
    createdAt: isoOrNull(r.created_at)!,
    updatedAt: isoOrNull(r.edited_at)!,
    publishedAt: isoOrNull(r.published_at),
    lastPublishedAt: isoOrNull(r.last_published_at),
  };
}
