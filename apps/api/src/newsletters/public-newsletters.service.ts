import { Injectable } from '@nestjs/common';
import {
  issueEntrySlugs,
  renderAtomFeed,
  renderEmailHtml,
  renderMarkdown,
  type FeedIssue,
  type NewsletterIssue,
  type RenderableEntry,
  type RenderLang,
} from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { publishedIssueQueries, type PublishedRow } from './newsletter-list.queries';
import { newsletterNotFound } from './newsletter.errors';
import type { PublicListQuery } from './newsletter.schemas';
import { publicIssue, publishedEntries } from './public-issue';

interface PublicView {
  row: PublishedRow;
  /** The issue as the public may see it (publicIssue). */
  issue: NewsletterIssue;
  entries: Map<string, RenderableEntry>;
}

export const feedPath = (lang: RenderLang) => `/api/feeds/newsletters.atom${lang === 'en' ? '' : `?lang=${lang}`}`;

/**
 * Published issues for the public: JSON, Markdown, e-mail HTML and the Atom feed. Every one of them is
 * rendered from `publicViews` (the published copy through `publicIssue`): items whose entry is not
 * published, and the groups and sections they leave empty, never reach any output.
 */
@Injectable()
export class PublicNewslettersService {
  constructor(@InjectReadDataSource() private readonly db: DataSource) {}

  /** The one public view of published issues: their entries looked up in one query, hidden items dropped. */
  private async publicViews(rows: PublishedRow[]): Promise<PublicView[]> {
    const entries = await publishedEntries(this.db.manager, [...new Set(rows.flatMap((r) => issueEntrySlugs(r.data)))]);
    return rows.map((row) => ({ row, issue: publicIssue(row.data, entries), entries }));
  }

  private view({ row, issue }: PublicView) {
    return {
      ...issue,
      publishedAt: new Date(row.publishedAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString(),
      url: `/briefings/${row.number}`,
      links: { markdown: `/api/newsletters/${row.number}.md`, emailHtml: `/api/newsletters/${row.number}/email.html`, feed: feedPath('en') },
    };
  }

  private async published(number: number): Promise<PublicView> {
    const row = await publishedIssueQueries.byNumber(this.db, number);
    if (!row) throw newsletterNotFound(`${number} has been published`);
    const [view] = await this.publicViews([row]);
    return view!;
  }

  async list(q: PublicListQuery) {
    const total = await publishedIssueQueries.count(this.db);
    const rows = await publishedIssueQueries.page(this.db, q.pageSize, (q.page - 1) * q.pageSize);
    const items = (await this.publicViews(rows)).map((v) => this.view(v));
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async get(number: number) {
    return this.view(await this.published(number));
  }

  /** A published issue ready to render or send: public items only, with the entries' titles. */
  async renderable(number: number): Promise<{ issue: NewsletterIssue; entries: Map<string, RenderableEntry> }> {
    const { issue, entries } = await this.published(number);
    return { issue, entries };
  }

  async markdown(number: number, lang: RenderLang, baseUrl: string): Promise<string> {
    const { issue, entries } = await this.renderable(number);
    return renderMarkdown(issue, entries, { lang, baseUrl });
  }

  /** The e-mail as subscribers get it; the unsubscribe link of the preview leads to the portal's archive. */
  async emailHtml(number: number, lang: RenderLang, baseUrl: string): Promise<string> {
    const { issue, entries } = await this.renderable(number);
    return renderEmailHtml(issue, entries, { lang, baseUrl, unsubscribeUrl: `${baseUrl}/${lang}/briefings#subscribe` });
  }

  /** The feed's summaries name Top News headings: only those of groups the public view keeps. */
  async feed(lang: RenderLang, baseUrl: string): Promise<string> {
    const rows = await publishedIssueQueries.latest(this.db, 50);
    const issues: FeedIssue[] = (await this.publicViews(rows)).map(({ row, issue }) => ({
      ...issue,
      state: 'published',
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
    }));
    return renderAtomFeed(issues, { baseUrl, lang, selfUrl: `${baseUrl}${feedPath(lang)}` });
  }
}
