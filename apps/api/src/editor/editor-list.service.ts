import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WORKFLOW_STATES, type Dashboard, type DashboardBucket, type EntryList, type EntryListItem, type WorkflowState } from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import type { EditorListQuery } from './editor.schemas';
import { AUTHORED } from './entry-store';
import { userJson } from './users';

interface Filter {
  statuses?: WorkflowState[];
  mine?: boolean;
  q?: string;
  /** Only entries whose last publication is at most this many days old. */
  publishedWithinDays?: number;
}

const STATUS = `coalesce(e.working_status, e.workflow_status)`;
const LAST_PUBLISHED = `(SELECT max(t.created_at) FROM entry_transitions t WHERE t.entry_id = e.id AND t.action = 'publish')`;
const RECENT_DAYS = 30;
const BUCKET_SIZE = 10;

/** The CMS's lists: every entry the user may see, drafts included, by the state editors see. */
@Injectable()
export class EditorListService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: AuthUser, q: EditorListQuery): Promise<EntryList> {
    const { items, count: total } = await this.query(user, { statuses: q.status, mine: q.mine, q: q.q }, 'e.edited_at DESC, e.id', q.pageSize, (q.page - 1) * q.pageSize);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** The CMS home: my drafts, returned to me, the review queue, what was published lately, and counts. */
  async dashboard(user: AuthUser): Promise<Dashboard> {
    const reviewer = user.roles.includes('reviewer') || user.roles.includes('admin');
    const recent = `coalesce(${LAST_PUBLISHED}, e.published_at) DESC NULLS LAST, e.id`;
    const [myDrafts, changesRequested, reviewQueue, readyToPublish, recentlyPublished, byStatus] = await Promise.all([
      this.query(user, { statuses: ['draft'], mine: true }, 'e.edited_at DESC, e.id', BUCKET_SIZE, 0),
      this.query(user, { statuses: ['changes_requested'], mine: true }, 'e.edited_at DESC, e.id', BUCKET_SIZE, 0),
      reviewer ? this.query(user, { statuses: ['in_review'] }, 'e.submitted_at ASC NULLS LAST, e.id', BUCKET_SIZE, 0) : null,
      reviewer ? this.query(user, { statuses: ['approved'] }, 'e.edited_at ASC, e.id', BUCKET_SIZE, 0) : null,
      this.query(user, { publishedWithinDays: RECENT_DAYS }, recent, BUCKET_SIZE, 0),
      this.countByStatus(user),
    ]);
    return { myDrafts, changesRequested, reviewQueue, readyToPublish, recentlyPublished, byStatus };
  }

  private visibility(user: AuthUser, params: unknown[]): string {
    params.push(user.id, user.roles.includes('admin'));
    return `e.deleted_at IS NULL AND (e.workflow_status <> 'trashed' OR e.author_id = $${params.length - 1} OR $${params.length}::boolean)`;
  }

  private async countByStatus(user: AuthUser): Promise<Record<WorkflowState, number>> {
    const params: unknown[] = [];
    const rows: Array<{ status: WorkflowState; n: number }> = await this.db.query(
      `SELECT ${STATUS} AS status, count(*)::int AS n FROM entries e WHERE ${this.visibility(user, params)} GROUP BY 1`,
      params,
    );
    const counts = Object.fromEntries(WORKFLOW_STATES.map((s) => [s, 0])) as Record<WorkflowState, number>;
    for (const r of rows) counts[r.status] = r.n;
    return counts;
  }

  private async query(user: AuthUser, f: Filter, orderBy: string, limit: number, offset: number): Promise<DashboardBucket> {
    const params: unknown[] = [];
    const where = [this.visibility(user, params)];
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
        `%${f.q.replace(/[\\%_]/g, '\\$&')}%`,
      );
    }
    if (f.publishedWithinDays) {
      add((p) => `e.workflow_status = 'published' AND coalesce(${LAST_PUBLISHED}, e.published_at) >= now() - make_interval(days => ${p}::int)`, f.publishedWithinDays);
    }
    params.push(limit, offset);
    const rows: Array<Record<string, any>> = await this.db.query(
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
    const total = rows.length ? Number(rows[0].total) : offset > 0 ? await this.count(where, params.slice(0, -2)) : 0;
    return { count: total, items: rows.map(toItem) };
  }

  private async count(where: string[], params: unknown[]): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM entries e WHERE ${where.join(' AND ')}`, params);
    return n;
  }
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function toItem(r: Record<string, any>): EntryListItem {
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
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.edited_at)!,
    publishedAt: iso(r.published_at),
    lastPublishedAt: iso(r.last_published_at),
  };
}
