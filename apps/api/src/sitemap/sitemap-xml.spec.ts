import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../config/config';
import { robotsTxt, sitemapIndexXml, urlsetXml } from './sitemap-xml';
import { SitemapService } from './sitemap.service';

describe('sitemap XML', () => {
  it('lists a page once per language with both alternates and x-default, escaped and percent-encoded', () => {
    const xml = urlsetXml('https://a.example/x&y', [{ path: 'regions/120100-binhai', lastmod: new Date('2024-05-01T10:00:00.123Z') }, { path: 'entries/a b' }]);
    expect(xml.split('\n')[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(xml).toContain(
      '<url><loc>https://a.example/x&amp;y/zh/regions/120100-binhai</loc><lastmod>2024-05-01T10:00:00Z</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://a.example/x&amp;y/en/regions/120100-binhai"/>' +
        '<xhtml:link rel="alternate" hreflang="zh-CN" href="https://a.example/x&amp;y/zh/regions/120100-binhai"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://a.example/x&amp;y/en/regions/120100-binhai"/></url>',
    );
    expect(xml).toContain('<loc>https://a.example/x&amp;y/en/entries/a%20b</loc><xhtml:link');
    expect(xml.match(/<url>/g)).toHaveLength(4);
  });

  it('writes the home page without a trailing slash, and an index of sitemaps', () => {
    expect(urlsetXml('https://a.example', [{ path: '' }])).toContain('<loc>https://a.example/zh</loc>');
    expect(
      sitemapIndexXml([
        { loc: 'https://a.example/sitemaps/pages.xml' },
        { loc: 'https://a.example/sitemaps/entries-1.xml', lastmod: new Date('2024-01-02T00:00:00Z') },
      ]),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<sitemap><loc>https://a.example/sitemaps/pages.xml</loc></sitemap>\n' +
        '<sitemap><loc>https://a.example/sitemaps/entries-1.xml</loc><lastmod>2024-01-02T00:00:00Z</lastmod></sitemap>\n</sitemapindex>\n',
    );
  });

  it('points robots.txt at PUBLIC_URL when set, else at the request’s origin', () => {
    const service = (publicUrl?: string) =>
      new SitemapService({} as DataSource, { app: { publicUrl, sitemapUrlLimit: 50_000 } } as unknown as Pick<AppConfig, 'app'>);
    expect(service('https://dualcarbon.example.org').robots('http://spoofed.example')).toContain('Sitemap: https://dualcarbon.example.org/sitemap.xml\n');
    expect(service().robots('http://localhost:3000')).toContain('Sitemap: http://localhost:3000/sitemap.xml\n');
    expect(robotsTxt('https://x.example')).toMatch(/^User-agent: \*\nAllow: \/\nDisallow: \/cms\nDisallow: \/api\nAllow: \/api\/feeds\//);
  });
});
