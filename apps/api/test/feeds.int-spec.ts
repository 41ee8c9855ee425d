import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN, startSearchApp } from './search-seed';

const entries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
const tag = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1];

/** No markup outside the feed's own elements: every & starts an entity, no stray < or raw control characters. */
function assertWellFormed(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const open = [...xml.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]).filter((n) => n !== 'link' && n !== 'category');
  const close = [...xml.matchAll(/<\/([a-z]+)>/g)].map((m) => m[1]);
  expect(open.sort()).toEqual(close.sort());
}

describe('GET /api/feeds/entries.atom', () => {
  let t: Awaited<ReturnType<typeof startSearchApp>>;
  beforeAll(async () => {
    t = await startSearchApp();
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, title_zh, summary_en, jurisdiction, level, sectors, workflow_status, published_at)
       VALUES ('feed-escaping', 'policy', 'Steel <b>plan</b> & "more" ''quoted''' || chr(7), '河北省钢铁<计划>', 'A & B < C', '130000', 'provincial', '{industry.steel}', 'published', now() + interval '1 hour')`,
    );
  });
  afterAll(() => t?.close());

  it('is Atom 1.0 of the newest published entries, escaped, linking to the portal', async () => {
    const res = await t.http().get('/api/feeds/entries.atom').expect(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = res.text;
    assertWellFormed(xml);
    const items = entries(xml);
    expect(items).toHaveLength(32);
    expect(tag(items[0], 'title')).toBe('Steel &lt;b&gt;plan&lt;/b&gt; &amp; &quot;more&quot; &apos;quoted&apos; / 河北省钢铁&lt;计划&gt;');
    expect(tag(items[0], 'summary')).toBe('A &amp; B &lt; C');
    expect(items[0]).toMatch(/<link rel="alternate" type="text\/html" href="http:\/\/[^"]+\/en\/entries\/feed-escaping"\/>/);
    expect(items[0]).toContain('<category scheme="');
    expect(xml).toMatch(/<link rel="self" type="application\/atom\+xml" href="http:\/\/[^"]+\/api\/feeds\/entries\.atom"\/>/);
    for (const slug of HIDDEN) expect(xml).not.toContain(slug);
    const published = items.map((i) => tag(i, 'published')!);
    expect(published).toEqual([...published].sort().reverse());
  });

  it('filters, with the filters in the self link (Hebei + industry)', async () => {
    const res = await t.http().get('/api/feeds/entries.atom?region=130000&sector=industry').expect(200);
    assertWellFormed(res.text);
    expect(res.text).toContain('href="http://');
    expect(res.text).toMatch(
      /<link rel="self" type="application\/atom\+xml" href="http:\/\/[^"]+\/api\/feeds\/entries\.atom\?region=130000&amp;sector=industry"\/>/,
    );
    expect(entries(res.text).map((e) => /entries\/([a-z0-9-]+)"/.exec(e)![1])).toEqual([
      'feed-escaping',
      'hebei-steel-industry-transition-finance-guidelines-2023-2024',
    ]);
  });

  it('follows the reader’s language with lang=zh: Chinese text first, links to /zh pages; other languages are refused', async () => {
    const res = await t.http().get('/api/feeds/entries.atom?region=130000&sector=industry&lang=zh').expect(200);
    const xml = res.text;
    assertWellFormed(xml);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(tag(xml, 'title')).toBe('dualcarbon：新条目 (region=130000, sector=industry)');
    expect(xml).toMatch(
      /<link rel="self" type="application\/atom\+xml" href="http:\/\/[^"]+\/api\/feeds\/entries\.atom\?region=130000&amp;sector=industry&amp;lang=zh"\/>/,
    );
    expect(xml).toMatch(/<link rel="alternate" type="text\/html" href="http:\/\/[^"]+\/zh\/entries\?region=130000&amp;sector=industry"\/>/);
    const [first] = entries(xml);
    expect(tag(first, 'title')).toBe('河北省钢铁&lt;计划&gt; / Steel &lt;b&gt;plan&lt;/b&gt; &amp; &quot;more&quot; &apos;quoted&apos;');
    expect(first).toMatch(/href="http:\/\/[^"]+\/zh\/entries\/feed-escaping"/);
    expect(tag(first, 'name')).toBe('河北省 (Hebei Province)');
    expect(entries(xml).every((e) => !e.includes('/en/entries/'))).toBe(true);

    const bad = await t.http().get('/api/feeds/entries.atom?lang=fr').expect(400);
    expect(JSON.stringify(bad.body)).toContain('lang is one of en, zh');
  });

  it('keeps at most 50 entries', async () => {
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, jurisdiction, level, workflow_status, published_at)
       SELECT 'bulk-' || i, 'policy', 'Bulk ' || i, 'CN', 'national', 'published', now() + interval '10 minutes' - i * interval '1 second' FROM generate_series(1, 30) i`,
    );
    const items = entries((await t.http().get('/api/feeds/entries.atom').expect(200)).text);
    expect(items).toHaveLength(50);
    expect(items[1]).toContain('/en/entries/bulk-1"');
  });
});
