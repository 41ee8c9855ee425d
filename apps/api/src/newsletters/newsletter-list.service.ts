import type { NewsletterHistory, NewsletterList, NewsletterRevisionList, NewsletterRevisionWithData } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import { NotFoundError, REVISION_NOT_FOUND } from '../common/errors';
import { EditorNewslettersService } from './editor-newsletters.service';
import { issueHistoryQueries, listIssues } from './newsletter-list.queries';
import type { EditorListQuery, RevisionsQuery } from './newsletter.schemas';
import { isoOrNull } from '../database/sql';
import { revisionSummary } from '../editor/revision-rows';

/** The CMS list of issues and each issue's revisions. */
@Injectable()
export class NewsletterListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issues: EditorNewslettersService,
  ) {}

  /** Every issue the user may see, newest number first; trashed ones only for their author and admins. */
  async list(user: AuthUser, q: EditorListQuery): Promise<NewsletterList> {
    const { rows, total } = await listIssues(this.db, { id: user.id, admin: user.roles.includes('admin') }, q.status, q.pageSize, (q.page - 1) * q.pageSize);
    return {
      items: rows.map((r) => ({
        id: r.id,
        number: r.issue,
        title: r.title ?? {},
        periodFrom: r.period_from,
        periodTo: r.period_to,
        workflowStatus: r.status,
        issueStatus: r.workflow_status,
        version: r.version,
        items: r.items,
        author: r.author,
        updatedAt: new Date(r.updated_at).toISOString(),
        publishedAt: isoOrNull(r.published_at),
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async revisions(id: string, q: RevisionsQuery, user: AuthUser): Promise<NewsletterRevisionList> {
    await this.issues.find(id, user);
    const [rows, n] = await Promise.all([
      issueHistoryQueries.revisions(this.db, id, q.pageSize, (q.page - 1) * q.pageSize),
      issueHistoryQueries.revisionCount(this.db, id),
    ]);
    return {
      items: rows.map(revisionSummary),
      total: n,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async revision(id: string, version: number, user: AuthUser): Promise<NewsletterRevisionWithData> {
    await this.issues.find(id, user);
    const r = await issueHistoryQueries.revision(this.db, id, version);
    if (!r) throw new NotFoundError(REVISION_NOT_FOUND, `Issue ${id} has no version ${version}`);
    return { ...revisionSummary(r), data: r.data };
  }

  /** Workflow history with comments (request_changes says what to change), newest first. */
  async transitions(id: string, user: AuthUser): Promise<NewsletterHistory> {
    await this.issues.find(id, user);
    const rows = await issueHistoryQueries.transitions(this.db, id);
    return {
      items: rows.map((r) => ({
        action: r.action,
        from: r.from_status,
        to: r.to_status,
        comment: r.comment,
        version: r.version,
        createdAt: new Date(r.created_at).toISOString(),
        actor: r.actor,
      })),
    };
  }
}
