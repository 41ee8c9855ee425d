import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN, startSearchApp } from './search-seed';

type Item = { slug: string; snippet: string | null; title: { en?: string; zh?: string } };
type Page = { items: Item[]; total: number; page: number; pageSize: number; sort: string; facets: Record<string, { value: string; count: number }[]> | null };

describe('GET /api/entries: full-text search (real PostgreSQL, the newsletter-era seed)', () => {
  let t: Awaited<ReturnType<typeof startSearchApp>>;
  const get = async (query: Record<string, string>) => (await t.http().get('/api/entries').query(query).expect(200)).body as Page;
  const slugs = (p: Page) => p.items.map((i) => i.slug);

  beforeAll(async () => {
    t = await startSearchApp();
    // Published test entries: one only in Chinese, one whose text needs escaping.
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_zh, summary_zh, jurisdiction, level, sectors, themes, workflow_status, issued_on, published_at)
       VALUES ('zh-only-peaking-plan', 'policy', '某市实施碳达峰行动方案', '全面推进碳达峰碳中和工作。', '440300', 'city', '{cross_cutting}', '{one_plus_n}', 'published', '2022-05-01', now())`,
    );
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, summary_en, jurisdiction, level, workflow_status, published_at)
       VALUES ('escaping-test', 'report', 'Methane <script>alert(1)</script> & "quotes"', 'Tracks methane & <b>emission</b> reports.', 'CN', 'national', 'published', now())`,
    );
  });
  afterAll(() => t?.close());

  it('finds a Chinese word inside unsegmented Chinese text, marked in the snippet', async () => {
    const res = await get({ q: '碳达峰' });
    expect(res.sort).toBe('relevance');
    expect(res.items[0].slug).toBe('zh-only-peaking-plan');
    expect(res.items[0].snippet).toBe('全面推进<mark>碳达峰</mark>碳中和工作。');
    // Cross-language: entries only in English, tagged with the 1+N (carbon peaking) theme, come after the direct hit.
    expect(slugs(res)).toEqual(
      expect.arrayContaining(['mianyang-carbon-peaking-plan', 'shuozhou-carbon-peaking-plan', 'tianjin-carbon-peaking-pilot-construction-plan']),
    );
    const title = await get({ q: '实施碳达峰行动方案' });
    expect(slugs(title)[0]).toBe('zh-only-peaking-plan');
  });

  it('氢能 finds the Hainan plan (Chinese title) and the Dongguan plan (English only, hydrogen sector)', async () => {
    const res = await get({ q: '氢能' });
    expect(slugs(res).slice(0, 2)).toEqual([
      'hainan-hydrogen-energy-industry-medium-long-term-plan-2023-2035',
      'dongguan-hydrogen-energy-industry-action-plan-2023-2025',
    ]);
    expect(res.total).toBe(2);
    expect(res.items[0].snippet).toContain('<mark>氢能</mark>');
  });

  it('matches English across word forms and highlights them', async () => {
    const one = await get({ q: 'emission', pageSize: '100' });
    const many = await get({ q: 'emissions', pageSize: '100' });
    expect(one.total).toBeGreaterThan(5);
    expect(new Set(slugs(one))).toEqual(new Set(slugs(many)));
    expect(slugs(one)).toContain('guizhou-pollution-carbon-synergy-implementation-plan');
    expect(one.items.find((i) => i.slug === 'guizhou-pollution-carbon-synergy-implementation-plan')!.snippet).toMatch(/<mark>Emissions<\/mark>/);
  });

  it('a query in one language finds entries that only have a title in the other, ranked below direct hits', async () => {
    // Chinese query, English-only entries: the adaptation plans.
    const zh = await get({ q: '适应气候变化' });
    expect(slugs(zh)).toEqual(
      expect.arrayContaining(['anhui-climate-change-adaptation-plan', 'fujian-climate-change-adaptation-plan', 'shandong-climate-change-adaptation-plan']),
    );
    // English query, Chinese-only entry, after every direct English hit.
    const en = await get({ q: 'carbon peaking', pageSize: '100' });
    const direct = slugs(en).indexOf('mianyang-carbon-peaking-plan');
    const crossLanguage = slugs(en).indexOf('zh-only-peaking-plan');
    expect(direct).toBeGreaterThanOrEqual(0);
    expect(crossLanguage).toBeGreaterThan(direct);
  });

  it('escapes everything in snippets except the marks', async () => {
    const res = await get({ q: 'methane' });
    const item = res.items.find((i) => i.slug === 'escaping-test')!;
    expect(item.snippet).toBe('Tracks <mark>methane</mark> &amp; &lt;b&gt;emission&lt;/b&gt; reports.');
    const title = await get({ q: 'quotes' });
    expect(title.items[0].snippet).toBe('Methane &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<mark>quotes</mark>&quot;');
  });

  it('treats query syntax and SQL in q as plain text', async () => {
    for (const q of [`'; DROP TABLE entries; --`, 'a & | ! :* (b', '"unbalanced', "碳'达峰", 'x'.repeat(200), '\u{1F600}', 'or', 'the', '!!!', 'カーボン']) {
      await get({ q });
    }
    expect((await get({})).total).toBe(33);
  });

  it('sorts: newest by default without q, then oldest, title, relevance; ties by id', async () => {
    expect((await get({})).sort).toBe('newest');
    const newest = await get({ pageSize: '100' });
    expect(newest.items[0].slug).toBe('beautiful-china-opinions'); // the only dated seed entry, 2023-12-27
    const oldest = await get({ sort: 'oldest', pageSize: '100' });
    expect(oldest.items[0].slug).toBe('zh-only-peaking-plan'); // 2022-05-01
    const titles = (await get({ sort: 'title', pageSize: '100' })).items.map((i) => (i.title.en ?? i.title.zh)!.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    expect((await get({ q: 'plan', sort: 'newest' })).sort).toBe('newest');
  });

  it('pages stably with totals', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const res = await get({ pageSize: '7', page: String(page) });
      expect(res).toMatchObject({ total: 33, page, pageSize: 7 });
      seen.push(...slugs(res));
    }
    expect(seen).toHaveLength(33);
    expect(new Set(seen).size).toBe(33);
    expect(slugs(await get({ pageSize: '7', page: '2' }))).toEqual(seen.slice(7, 14));
    expect((await get({ page: '100' })).items).toEqual([]);
  });

  it('never shows drafts, unpublished or deleted entries, nor counts them in facets', async () => {
    const queries: Record<string, string>[] = [{}, { q: '氢能' }, { q: 'hydrogen' }, { q: '碳达峰' }, { region: '130000' }, { sector: 'energy.hydrogen' }];
    for (const q of queries) {
      const res = await get({ ...q, pageSize: '100' });
      expect(slugs(res).filter((s) => HIDDEN.includes(s))).toEqual([]);
    }
    const hebei = await get({ region: '130000' });
    expect(hebei.total).toBe(1);
    expect(hebei.facets!.region.find((r) => r.value === '130000')).toEqual({ value: '130000', count: 1 });
  });

  it('leaves facets out when facets=false', async () => {
    expect((await get({ facets: 'false' })).facets).toBeNull();
  });

  it('sees an entry as soon as it is published, and not after it is unpublished', async () => {
    await t.db.query(`UPDATE entries SET workflow_status = 'published', published_at = now() WHERE slug = 'hidden-draft'`);
    expect(slugs(await get({ q: '氢能' }))).toContain('hidden-draft');
    await t.db.query(`UPDATE entries SET workflow_status = 'draft' WHERE slug = 'hidden-draft'`);
    expect(slugs(await get({ q: '氢能' }))).not.toContain('hidden-draft');
  });
});
