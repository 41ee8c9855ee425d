import { Injectable } from '@nestjs/common';
import {
  issueEntrySlugs, renderAtomFeed, renderEmailHtml, renderMarkdown, type FeedIssue, type NewsletterIssue, type RenderableEntry, type RenderLang,
} from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { newsletterNotFound } from './newsletter.errors';
import type { PublicListQuery } from './newsletter.schemas';
import { publicIssue, publishedEntries } from './public-issue';

interface PublishedRow {
  number: number;
  data: NewsletterIssue;
  publishedAt: Date;
  updatedAt: Date;
}

const SELECT = `SELECT issue AS number, published_data AS data, published_at, updated_at FROM newsletters WHERE workflow_status = 'published'`;
const toPublished = (r: Record<string, any>): PublishedRow => ({ number: r.number, data: r.data, publishedAt: r.published_at, updatedAt: r.updated_at });

export const feedPath = (lang: RenderLang) => `/api/feeds/newsletters.atom${lang === 'en' ? '' : `?lang=${lang}`}`;

/** Published issues for the public: JSON, Markdown, e-mail HTML and the Atom feed. Only published entries resolve. */
@Injectable()
export class PublicNewslettersService {
  constructor(@InjectReadDataSource() private readonly db: DataSource) {}

  private async resolve(row: PublishedRow) {
    const entries = await publishedEntries(this.db.manager, issueEntrySlugs(row.data));
    return { issue: publicIssue(row.data, entries), entries };
  }

  private view(row: PublishedRow, issue: NewsletterIssue) {
    return {
      ...issue,
      publishedAt: new Date(row.publishedAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString(),
      url: `/briefings/${row.number}`,
      links: { markdown: `/api/newsletters/${row.number}.md`, emailHtml: `/api/newsletters/${row.number}/email.html`, feed: feedPath('en') },
    };
  }

  private async published(number: number): Promise<PublishedRow> {
    const [row] = await this.db.query(`${SELECT} AND issue = $1`, [number]);
    if (!row) throw newsletterNotFound(`${number} has been published`);
    return toPublished(row);
  }

  async list(q: PublicListQuery) {
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM newsletters WHERE workflow_status = 'published'`);
    const rows = (await this.db.query(`${SELECT} ORDER BY issue DESC LIMIT $1 OFFSET $2`, [q.pageSize, (q.page - 1) * q.pageSize])).map(toPublished);
    const items = await Promise.all(rows.map(async (r: PublishedRow) => this.view(r, (await this.resolve(r)).issue)));
    return { items, total: total as number, page: q.page, pageSize: q.pageSize };
  }

  async get(number: number) {
    const row = await this.published(number);
    return this.view(row, (await this.resolve(row)).issue);
  }

  /** A published issue ready to render or send: public items only, with the entries' titles. */
  async renderable(number: number): Promise<{ issue: NewsletterIssue; entries: Map<string, RenderableEntry> }> {
    return this.resolve(await this.published(number));
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

  async feed(lang: RenderLang, baseUrl: string): Promise<string> {
    const rows: PublishedRow[] = (await this.db.query(`${SELECT} ORDER BY issue DESC LIMIT 50`)).map(toPublished);
    const issues: FeedIssue[] = rows.map((r) => ({ ...r.data, state: 'published', publishedAt: r.publishedAt, updatedAt: r.updatedAt }));
    return renderAtomFeed(issues, { baseUrl, lang, selfUrl: `${baseUrl}${feedPath(lang)}` });
  }
}
