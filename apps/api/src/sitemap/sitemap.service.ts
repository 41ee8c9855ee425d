import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError, ROUTE_NOT_FOUND } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { InjectReadDataSource } from '../database/read-data-source';
import { robotsTxt, sitemapIndexXml, urlsetXml } from './sitemap-xml';
import { sitemapFiles, sitemapPage, type SitemapFileRow, type SitemapSection } from './sitemap.queries';

const SECTIONS: readonly SitemapSection[] = ['entries', 'regions', 'briefings'];
/** The portal's own list pages, in a sitemap of their own. */
const PAGES = ['', 'entries', 'regions', 'targets', 'briefings'];
const FILE_NAME = /^(entries|regions|briefings)-([1-9]\d{0,6})\.xml$/;

/**
 * /sitemap.xml (an index), the sitemaps it lists (/sitemaps/pages.xml, /sitemaps/<section>-<n>.xml)
 * and /robots.txt. Every page appears once per language, so a file holds `urlLimit / 2` pages
 * (the protocol's limit is 50,000 URLs per file). Absolute URLs start at PUBLIC_URL, else at the
 * request's own origin (a development server; production requires PUBLIC_URL).
 */
@Injectable()
export class SitemapService {
  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'app'>,
  ) {}

  private get pagesPerFile(): number {
    return Math.floor(this.config.app.sitemapUrlLimit / 2);
  }

  private origin(requestOrigin: string): string {
    return this.config.app.publicUrl ?? requestOrigin;
  }

  async index(requestOrigin: string): Promise<string> {
    const origin = this.origin(requestOrigin);
    const files = await Promise.all(SECTIONS.map((section) => this.filesOf(section)));
    return sitemapIndexXml([
      { loc: `${origin}/sitemaps/pages.xml` },
      ...SECTIONS.flatMap((section, i) => files[i]!.map((f) => ({ loc: `${origin}/sitemaps/${section}-${f.file + 1}.xml`, lastmod: f.lastmod }))),
    ]);
  }

  /** One sitemap by its file name; a name the index does not list is a 404. */
  async file(name: string, requestOrigin: string): Promise<string> {
    const origin = this.origin(requestOrigin);
    if (name === 'pages.xml')
      return urlsetXml(
        origin,
        PAGES.map((path) => ({ path })),
      );
    const match = FILE_NAME.exec(name);
    if (!match) throw new NotFoundError(ROUTE_NOT_FOUND, `No sitemap ${name}: /sitemap.xml lists them`);
    const rows = await sitemapPage(this.db, match[1] as SitemapSection, this.pagesPerFile, Number(match[2]) - 1);
    if (!rows.length) throw new NotFoundError(ROUTE_NOT_FOUND, `No sitemap ${name}: /sitemap.xml lists them`);
    return urlsetXml(origin, rows);
  }

  robots(requestOrigin: string): string {
    return robotsTxt(this.origin(requestOrigin));
  }

  private filesOf(section: SitemapSection): Promise<SitemapFileRow[]> {
    return sitemapFiles(this.db, section, this.pagesPerFile);
  }
}
