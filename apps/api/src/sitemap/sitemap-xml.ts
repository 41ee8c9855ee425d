import { escapeXml } from '@dualcarbon/domain';

/** Languages of the portal, and the hreflang tags its pages announce (the portal's localeTag). */
const LANGS = [
  { lang: 'en', hreflang: 'en' },
  { lang: 'zh', hreflang: 'zh-CN' },
] as const;

const lastmodTag = (d: Date | null | undefined) => (d ? `<lastmod>${new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z')}</lastmod>` : '');

/**
 * A `<urlset>` where every page is listed once per language (/en/… and /zh/…), each with the alternates
 * of both and an x-default (English), as search engines ask for bilingual sites. `path` is below the
 * language ('' for the home page); `origin` has no trailing slash.
 */
export function urlsetXml(origin: string, pages: readonly { path: string; lastmod?: Date | null }[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const { path, lastmod } of pages) {
    const encoded = path.split('/').filter(Boolean).map(encodeURIComponent).join('/');
    const href = (lang: string) => escapeXml(`${origin}/${lang}${encoded ? `/${encoded}` : ''}`);
    const alternates = [
      ...LANGS.map((l) => `<xhtml:link rel="alternate" hreflang="${l.hreflang}" href="${href(l.lang)}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${href('en')}"/>`,
    ].join('');
    for (const { lang } of LANGS) out.push(`<url><loc>${href(lang)}</loc>${lastmodTag(lastmod)}${alternates}</url>`);
  }
  out.push('</urlset>', '');
  return out.join('\n');
}

/** A `<sitemapindex>` of absolute sitemap URLs. */
export function sitemapIndexXml(sitemaps: readonly { loc: string; lastmod?: Date | null }[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((s) => `<sitemap><loc>${escapeXml(s.loc)}</loc>${lastmodTag(s.lastmod)}</sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/**
 * robots.txt: the portal may be crawled; the CMS and the API may not, except the Atom feeds (made for
 * readers and aggregators to follow). The sitemap's URL must be absolute.
 */
export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /cms', 'Disallow: /api', 'Allow: /api/feeds/', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}
