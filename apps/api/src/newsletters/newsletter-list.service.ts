import type { NewsletterHistory, NewsletterList, NewsletterRevisionList, NewsletterRevisionWithData } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import { NotFoundError, REVISION_NOT_FOUND } from '../common/errors';
import { userJson } from '../editor/users';
import { EditorNewslettersService } from './editor-newsletters.service';
import type { EditorListQuery, RevisionsQuery } from './newsletter.schemas';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** The CMS list of issues and each issue's revisions. */
@Injectable()
export class NewsletterListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issues: EditorNewslettersService,
  ) {}

  /** Every issue the user may see, newest number first; trashed ones only for their author and admins. */
  async list(user: AuthUser, q: EditorListQuery): Promise<NewsletterList> {
    const params: unknown[] = [user.id, user.roles.includes('admin')];
    let filter = `(n.workflow_status <> 'trashed' OR n.author_id = $1 OR $2)`;
    if (q.status?.length) {
      params.push(q.status);
      filter += ` AND coalesce(n.working_status, n.workflow_status) = ANY($${params.length}::text[])`;
    }
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM newsletters n WHERE ${filter}`, params);
    const rows: Record<string, any>[] = await this.db.query(
      `SELECT n.id, n.issue, n.data->'title' AS title, n.period_from::text AS period_from, n.period_to::text AS period_to,
              coalesce(n.working_status, n.workflow_status) AS status, n.workflow_status, n.version, n.updated_at, n.published_at,
              (SELECT count(*)::int FROM jsonb_array_elements(n.data->'sections') s, jsonb_array_elements(s->'groups') g, jsonb_array_elements(g->'items') i) AS items,
              ${userJson('n.author_id')} AS author
         FROM newsletters n WHERE ${filter}
        ORDER BY n.issue DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return {
      items: rows.map((r) => ({
        id: r.id, number: r.issue, title: r.title ?? {}, periodFrom: r.period_from, periodTo: r.period_to, workflowStatus: r.status,
        issueStatus: r.workflow_status, version: r.version, items: r.items, author: r.author, updatedAt: new Date(r.updated_at).toISOString(), publishedAt: iso(r.published_at),
      })),
      total: total as number,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async revisions(id: string, q: RevisionsQuery, user: AuthUser): Promise<NewsletterRevisionList> {
    await this.issues.find(id, user);
    const [rows, [{ n }]] = await Promise.all([
      this.db.query(
        `SELECT r.version, r.workflow_status, r.note, r.created_at, ${userJson('r.created_by')} AS created_by
           FROM newsletter_revisions r WHERE r.newsletter_id = $1 ORDER BY r.version DESC LIMIT $2 OFFSET $3`,
        [id, q.pageSize, (q.page - 1) * q.pageSize],
      ),
      this.db.query(`SELECT count(*)::int AS n FROM newsletter_revisions WHERE newsletter_id = $1`, [id]),
    ]);
    return {
      items: rows.map((r: Record<string, any>) => ({ version: r.version, workflowStatus: r.workflow_status, note: r.note, createdAt: new Date(r.created_at).toISOString(), createdBy: r.created_by })),
      total: n as number, page: q.page, pageSize: q.pageSize,
    };
  }

  async revision(id: string, version: number, user: AuthUser): Promise<NewsletterRevisionWithData> {
    await this.issues.find(id, user);
    const [r] = await this.db.query(
      `SELECT r.version, r.workflow_status, r.note, r.created_at, r.data, ${userJson('r.created_by')} AS created_by
         FROM newsletter_revisions r WHERE r.newsletter_id = $1 AND r.version = $2`,
      [id, version],
    );
    if (!r) throw new NotFoundError(REVISION_NOT_FOUND, `Issue ${id} has no version ${version}`);
    return { version: r.version, workflowStatus: r.workflow_status, note: r.note, createdAt: new Date(r.created_at).toISOString(), createdBy: r.created_by, data: r.data };
  }

  /** Workflow history with comments (request_changes says what to change), newest first. */
  async transitions(id: string, user: AuthUser): Promise<NewsletterHistory> {
    await this.issues.find(id, user);
    const rows: Record<string, any>[] = await this.db.query(
      `SELECT t.action, t.from_status, t.to_status, t.comment, t.version, t.created_at, ${userJson('t.actor_id')} AS actor
         FROM newsletter_transitions t WHERE t.newsletter_id = $1 ORDER BY t.created_at DESC, t.id DESC LIMIT 200`,
      [id],
    );
    return { items: rows.map((r) => ({ action: r.action, from: r.from_status, to: r.to_status, comment: r.comment, version: r.version, createdAt: new Date(r.created_at).toISOString(), actor: r.actor })) };
  }
}
