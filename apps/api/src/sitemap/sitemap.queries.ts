import { rowsOf, type Queryable } from '../database/sql';

/**
 * The sitemap's SQL. Each section lists the public pages of one kind as (path, lastmod, sort) rows,
 * read with the same visibility rules as the public routes: entries published and not in the trash
 * (search/entry-rows.ts), newsletters published (newsletters/public-newsletters.service.ts), and every
 * region (GET /api/regions/:code answers for each). Paths are below /en and /zh.
 */
export type SitemapSection = 'entries' | 'regions' | 'briefings';

const SOURCES: Record<SitemapSection, string> = {
  entries: `
    SELECT 'entries/' || e.slug AS path, coalesce(e.published_at, e.updated_at) AS lastmod, e.slug AS sort
    FROM entries e
    WHERE e.workflow_status = 'published' AND e.deleted_at IS NULL`,
  regions: `
    SELECT 'regions/' || r.code AS path, greatest(r.updated_at, max(coalesce(e.published_at, e.updated_at))) AS lastmod, r.code AS sort
    FROM regions r
    LEFT JOIN entries e ON e.jurisdiction = r.code AND e.workflow_status = 'published' AND e.deleted_at IS NULL
    GROUP BY r.code, r.updated_at`,
  briefings: `
    SELECT 'briefings/' || n.issue AS path, n.published_at AS lastmod, lpad(n.issue::text, 10, '0') AS sort
    FROM newsletters n
    WHERE n.workflow_status = 'published'`,
};

export interface SitemapRow {
  path: string;
  lastmod: Date | null;
}

export interface SitemapFileRow {
  /** 0-based file number. */
  file: number;
  lastmod: Date | null;
}

/** One file's rows: $1 rows per file, $2 the 0-based file number. */
const sectionPageSql = (section: SitemapSection) => `
  SELECT path, lastmod FROM (${SOURCES[section]}) s
  ORDER BY sort LIMIT $1::int OFFSET $1::int * $2::int`;

/** The files a section splits into at $1 rows each, with the latest lastmod in each. */
const sectionFilesSql = (section: SitemapSection) => `
  SELECT file::int AS file, max(lastmod) AS lastmod
  FROM (SELECT (row_number() OVER (ORDER BY sort) - 1) / $1::int AS file, lastmod FROM (${SOURCES[section]}) s) x
  GROUP BY file ORDER BY file`;

/** The rows of one sitemap file (`file` 0-based), `perFile` to a file. */
export const sitemapPage = (db: Queryable, section: SitemapSection, perFile: number, file: number) =>
  rowsOf<SitemapRow>(db, sectionPageSql(section), [perFile, file]);

/** The files a section splits into, `perFile` rows to a file. */
export const sitemapFiles = (db: Queryable, section: SitemapSection, perFile: number) => rowsOf<SitemapFileRow>(db, sectionFilesSql(section), [perFile]);
