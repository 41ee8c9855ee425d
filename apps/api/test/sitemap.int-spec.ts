import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataVersionService } from '../src/http/data-version.service';
import { NEWSLETTER_SEED } from './helpers/public-app';
import { startTestApp, type TestApp } from './helpers/test-app';

/** URLs per file in this test (the least allowed): 5 pages, each in /en and /zh, so the seed's 31 entries take 7 files. */
const LIMIT = 10;
const ORIGIN = 'http://dualcarbon.test';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const urls = (xml: string) => [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);

describe('sitemap and robots.txt (real PostgreSQL, newsletter-era seed)', () => {
  let t: TestApp;
  // supertest listens on a new port per request; the Host header (part of the cache key and of the URLs) must not move.
  const get = (url: string) => request(t.app.getHttpServer()).get(url).set('Host', 'dualcarbon.test');
  /** The public entries, as the public routes define them. */
  const published = async (): Promise<{ slug: string; lastmod: Date }[]> =>
    t.db.query(
      `SELECT slug, coalesce(published_at, updated_at) AS lastmod FROM entries WHERE workflow_status = 'published' AND deleted_at IS NULL ORDER BY slug`,
    );
  /** Every sitemap file the index lists, fetched, by its URL. */
  async function allFiles(): Promise<Map<string, string>> {
    const index = await get('/sitemap.xml').expect(200);
    const out = new Map<string, string>();
    for (const loc of locs(index.text)) out.set(loc, (await get(new URL(loc).pathname).expect(200)).text);
    return out;
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { SEED_DIR: NEWSLETTER_SEED, SITEMAP_URL_LIMIT: String(LIMIT) } });
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status, published_at, deleted_at) VALUES
         ('sitemap-draft', 'policy', 'Draft', '520000', 'provincial', 'draft', NULL, NULL),
         ('sitemap-unpublished', 'policy', 'Withdrawn', '520000', 'provincial', 'unpublished', NULL, NULL),
         ('sitemap-trashed', 'policy', 'Trashed', '520000', 'provincial', 'published', now(), now())`,
    );
    t.app.get(DataVersionService).invalidate();
  });
  afterAll(() => t?.close());

  it('is an index of absolute sitemap URLs, split at the configured number of URLs per file', async () => {
    const res = await get('/sitemap.xml').expect(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    const listed = locs(res.text);
    const entryFiles = Math.ceil((await published()).length / (LIMIT / 2));
    expect(entryFiles).toBeGreaterThan(2);
    expect(listed).toEqual(
      expect.arrayContaining([`${ORIGIN}/sitemaps/pages.xml`, `${ORIGIN}/sitemaps/entries-${entryFiles}.xml`, `${ORIGIN}/sitemaps/regions-1.xml`]),
    );
    expect(listed).not.toContain(`${ORIGIN}/sitemaps/entries-${entryFiles + 1}.xml`);
    for (const [loc, xml] of await allFiles()) {
      expect(xml, loc).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
      expect(urls(xml).length, loc).toBeLessThanOrEqual(LIMIT);
    }
  });

  it('lists every published entry in both languages, with its alternates and publication time, and nothing unpublished', async () => {
    const files = await allFiles();
    const entryXml = [...files]
      .filter(([loc]) => loc.includes('/sitemaps/entries-'))
      .map(([, xml]) => xml)
      .join('\n');
    const entryLocs = locs(entryXml);
    const expected = await published();
    expect(entryLocs).toHaveLength(expected.length * 2);
    for (const { slug, lastmod } of expected) {
      const en = `${ORIGIN}/en/entries/${slug}`;
      const zh = `${ORIGIN}/zh/entries/${slug}`;
      expect(entryLocs).toContain(en);
      expect(entryLocs).toContain(zh);
      const url = urls(entryXml).find((u) => u.includes(`<loc>${zh}</loc>`))!;
      expect(url).toContain(`<lastmod>${new Date(lastmod).toISOString().replace(/\.\d{3}Z$/, 'Z')}</lastmod>`);
      expect(url).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${en}"/>`);
      expect(url).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${zh}"/>`);
      expect(url).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${en}"/>`);
    }
    const everything = [...files.values()].join('\n');
    for (const hidden of ['sitemap-draft', 'sitemap-unpublished', 'sitemap-trashed']) expect(everything).not.toContain(hidden);
  });

  it('lists the regions and the published briefings in both languages, and the portal’s list pages', async () => {
    const files = await allFiles();
    const all = locs([...files.values()].join('\n'));
    const [{ regions }] = await t.db.query(`SELECT count(*)::int AS regions FROM regions`);
    expect(all.filter((l) => l.includes('/regions/'))).toHaveLength(regions * 2);
    expect(all).toEqual(expect.arrayContaining([`${ORIGIN}/en/regions/520000`, `${ORIGIN}/zh/regions/CN`]));
    const issues: { issue: number }[] = await t.db.query(`SELECT issue FROM newsletters WHERE workflow_status = 'published'`);
    expect(all.filter((l) => /\/briefings\/\d+$/.test(l))).toHaveLength(issues.length * 2);
    for (const { issue } of issues) expect(all).toContain(`${ORIGIN}/zh/briefings/${issue}`);
    expect(all).toEqual(expect.arrayContaining([`${ORIGIN}/en`, `${ORIGIN}/zh/entries`, `${ORIGIN}/en/targets`, `${ORIGIN}/zh/briefings`]));
  });

  it('answers a sitemap the index does not list with a JSON 404, not the portal’s page', async () => {
    for (const path of ['/sitemaps/entries-999.xml', '/sitemaps/secrets.xml', '/sitemaps/entries-0.xml']) {
      const res = await get(path).expect(404);
      expect(res.headers['content-type'], path).toContain('application/json');
      expect(JSON.parse(res.text).code, path).toBe('route/not_found');
    }
    expect((await get('/en/entries/anything').expect(200)).headers['content-type']).toContain('text/html');
  });

  it('serves robots.txt: the portal open, the CMS and the API closed (feeds excepted), the sitemap absolute', async () => {
    const res = await get('/robots.txt').expect(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.text).toBe(
      ['User-agent: *', 'Allow: /', 'Disallow: /cms', 'Disallow: /api', 'Allow: /api/feeds/', '', `Sitemap: ${ORIGIN}/sitemap.xml`, ''].join('\n'),
    );
  });

  it('is cached by the public data version: replayed until an entry is published, then rebuilt with it', async () => {
    const last = `/sitemaps/entries-${Math.ceil((await published()).length / (LIMIT / 2))}.xml`;
    await get('/sitemap.xml').expect(200);
    const again = await get('/sitemap.xml').expect(200);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    await get('/robots.txt').expect(200);
    expect((await get('/robots.txt').expect(200)).headers['x-cache']).toBe('hit');

    // Sorted last by slug, the newly published entry lands in the last file (or a new one).
    await t.db.query(`UPDATE entries SET workflow_status = 'published', published_at = now(), updated_at = now() WHERE slug = 'sitemap-draft'`);
    await t.db.query(`UPDATE entries SET slug = 'zz-sitemap-published' WHERE slug = 'sitemap-draft'`);
    const index = await get('/sitemap.xml').expect(200);
    expect(index.headers['x-cache']).toBe('miss');
    const files = locs(index.text).filter((l) => l.includes('/sitemaps/entries-'));
    const newest = await get(new URL(files.at(-1)!).pathname).expect(200);
    expect(newest.text).toContain(`<loc>${ORIGIN}/zh/entries/zz-sitemap-published</loc>`);
    expect(last).toBeTruthy();
  });
});
