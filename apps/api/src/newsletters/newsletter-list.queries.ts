import type { NewsletterIssue, WorkflowAction, WorkflowState } from '@dualcarbon/domain';
import { firstRow, pagedRows, rowsOf, type Queryable } from '../database/sql';
import type { RevisionRow } from '../editor/revision-rows';
import { userJson, type UserRef } from '../editor/users';
import { visibleInCmsSql } from '../editor/visibility';

/** SQL of the CMS's issue list and an issue's history, and of the public's published issues; typed rows. */

export interface IssueListRow {
  id: string;
  issue: number;
  title: { en?: string; zh?: string } | null;
  period_from: string;
  period_to: string;
  status: WorkflowState;
  workflow_status: WorkflowState;
  version: number;
  updated_at: Date;
  published_at: Date | null;
  items: number;
  author: UserRef | null;
}
export interface IssueTransitionRow {
  action: WorkflowAction;
  from_status: WorkflowState;
  to_status: WorkflowState;
  comment: string | null;
  version: number;
  created_at: Date;
  actor: UserRef | null;
}

/** A page of the issues the user may see (trashed ones only for their author and admins), newest number first. */
export async function listIssues(db: Queryable, viewer: { id: string; admin: boolean }, statuses: WorkflowState[] | undefined, limit: number, offset: number) {
  const params: unknown[] = [viewer.id, viewer.admin];
  let filter = visibleInCmsSql('n', '$1', '$2');
  if (statuses?.length) {
    params.push(statuses);
    filter += ` AND coalesce(n.working_status, n.workflow_status) = ANY($${params.length}::text[])`;
  }
  return pagedRows<IssueListRow>(db, {
    select: `n.id, n.issue, n.data->'title' AS title, n.period_from::text AS period_from, n.period_to::text AS period_to,
             coalesce(n.working_status, n.workflow_status) AS status, n.workflow_status, n.version, n.updated_at, n.published_at,
             (SELECT count(*)::int FROM jsonb_array_elements(n.data->'sections') s, jsonb_array_elements(s->'groups') g, jsonb_array_elements(g->'items') i) AS items,
             ${userJson('n.author_id')} AS author`,
    from: `newsletters n WHERE ${filter}`,
    orderBy: 'n.issue DESC',
    params,
    limit,
    offset,
  });
}

export const issueHistoryQueries = {
  revisions: (db: Queryable, id: string, limit: number, offset: number) =>
    rowsOf<RevisionRow>(
      db,
      `SELECT r.version, r.workflow_status, r.note, r.created_at, ${userJson('r.created_by')} AS created_by
           FROM newsletter_revisions r WHERE r.newsletter_id = $1 ORDER BY r.version DESC LIMIT $2 OFFSET $3`,
      [id, limit, offset],
    ),
  revisionCount: async (db: Queryable, id: string) =>
    (await firstRow<{ n: number }>(db, `SELECT count(*)::int AS n FROM newsletter_revisions WHERE newsletter_id = $1`, [id]))!.n,
  revision: (db: Queryable, id: string, version: number) =>
    firstRow<RevisionRow & { data: NewsletterIssue }>(
      db,
      `SELECT r.version, r.workflow_status, r.note, r.created_at, r.data, ${userJson('r.created_by')} AS created_by
         FROM newsletter_revisions r WHERE r.newsletter_id = $1 AND r.version = $2`,
      [id, version],
    ),
  /** Workflow history with comments, newest first (at most 200). */
  transitions: (db: Queryable, id: string) =>
    rowsOf<IssueTransitionRow>(
      db,
      `SELECT t.action, t.from_status, t.to_status, t.comment, t.version, t.created_at, ${userJson('t.actor_id')} AS actor
         FROM newsletter_transitions t WHERE t.newsletter_id = $1 ORDER BY t.created_at DESC, t.id DESC LIMIT 200`,
      [id],
    ),
};

/** A published issue as the public reads it. */
export interface PublishedRow {
  number: number;
  data: NewsletterIssue;
  publishedAt: Date;
  updatedAt: Date;
}

interface PublishedDbRow {
  number: number;
  data: NewsletterIssue;
  published_at: Date;
  updated_at: Date;
}
const toPublished = (r: PublishedDbRow): PublishedRow => ({ number: r.number, data: r.data, publishedAt: r.published_at, updatedAt: r.updated_at });

const SELECT_PUBLISHED = `SELECT issue AS number, published_data AS data, published_at, updated_at FROM newsletters WHERE workflow_status = 'published'`;

export const publishedIssueQueries = {
  byNumber: async (db: Queryable, number: number) => {
    const row = await firstRow<PublishedDbRow>(db, `${SELECT_PUBLISHED} AND issue = $1`, [number]);
    return row ? toPublished(row) : undefined;
  },
  count: async (db: Queryable) =>
    (await firstRow<{ total: number }>(db, `SELECT count(*)::int AS total FROM newsletters WHERE workflow_status = 'published'`))!.total,
  page: async (db: Queryable, limit: number, offset: number) =>
    (await rowsOf<PublishedDbRow>(db, `${SELECT_PUBLISHED} ORDER BY issue DESC LIMIT $1 OFFSET $2`, [limit, offset])).map(toPublished),
  latest: async (db: Queryable, limit: 50) => (await rowsOf<PublishedDbRow>(db, `${SELECT_PUBLISHED} ORDER BY issue DESC LIMIT ${limit}`)).map(toPublished),
};
