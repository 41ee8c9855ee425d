import type { EntryInput } from '@dualcarbon/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, move, publish, startEditorialApp, team, type Team } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

/** The fixture seed's published national plan. */
const NATIONAL = 'national-test-peaking-plan';
const implementsIt = (target = NATIONAL): Partial<EntryInput> => ({ relations: [{ type: 'implements', target }] });
const ci = (value: number, targetYear = 2025) => ({
  metric: 'carbon_intensity',
  targetYear,
  value,
  unit: '%',
  comparison: 'reduction' as const,
  baseYear: 2020,
});

type Province = {
  code: string;
  en: string;
  mainland: boolean;
  entries: {
    slug: string;
    via: string | null;
    issuedOn: string | null;
    level: string;
    jurisdiction: { code: string; en: string };
    targets: { metric: string; value: number }[];
  }[];
};

describe('GET /api/entries/:slug/implementation (real PostgreSQL, entries published through the editorial API)', () => {
  let t: TestApp;
  let u: Team;
  const http = () => request(t.app.getHttpServer());
  const author = () => ({ author: u.editor, reviewer: u.reviewer });
  const published = async (slug: string, patch: Partial<EntryInput>) => {
    const draft = await createDraft(u.editor, slug, patch);
    await publish(author(), draft.id);
    return draft.id;
  };

  beforeAll(async () => {
    t = await startEditorialApp();
    u = await team(t);
    await published('gd-peaking-plan', {
      ...implementsIt(),
      issuedOn: '2022-06-23',
      targets: [
        ci(20.5),
        { metric: 'non_fossil_share', targetYear: 2025, value: 32, unit: '%', comparison: 'share', qualifier: 'at_least' },
        { metric: 'forest_coverage', targetYear: 2025, value: 58, unit: '%', comparison: 'level' },
        { ...ci(19), jurisdiction: '440300' },
      ],
    });
    // A city implementing its province's plan (which names the national one): listed under Guangdong, via that plan.
    await published('shenzhen-peaking-plan', { ...implementsIt('gd-peaking-plan'), jurisdiction: '440300', level: 'city', issuedOn: '2023-01-10' });
    await published('hebei-peaking-plan', { ...implementsIt(), jurisdiction: '130000', issuedOn: '2022-12-01', targets: [ci(19)] });
    await published('shijiazhuang-peaking-plan', { ...implementsIt(), jurisdiction: '130100', level: 'city', issuedOn: undefined, targets: [] });
    await published('national-industry-peaking-plan', {
      ...implementsIt(),
      jurisdiction: 'CN',
      level: 'national',
      issuingBodies: ['miit'],
      issuedOn: '2022-07-07',
      targets: [],
    });
    // Never public: a draft, an unpublished and a deleted implementer, and a city implementing through a draft.
    await createDraft(u.editor, 'hunan-draft-plan', { ...implementsIt(), jurisdiction: '430000' });
    const jiangxi = await published('jiangxi-withdrawn-plan', { ...implementsIt(), jurisdiction: '360000' });
    await move(u.reviewer, jiangxi, 'unpublish');
    await published('yunnan-deleted-plan', { ...implementsIt(), jurisdiction: '530000' });
    await t.db.query(`UPDATE entries SET deleted_at = now() WHERE slug = 'yunnan-deleted-plan'`);
    await createDraft(u.editor, 'gd-draft-plan', { ...implementsIt(), jurisdiction: '440000' });
    await published('guangzhou-plan', { ...implementsIt('gd-draft-plan'), jurisdiction: '440100', level: 'city' });
    // A published implementer of a document that is itself only a draft.
    await createDraft(u.editor, 'national-draft-plan', { jurisdiction: 'CN', level: 'national', issuingBodies: ['state_council'] });
    await published('zhejiang-plan', { ...implementsIt('national-draft-plan'), jurisdiction: '330000' });
  });
  afterAll(() => t?.close());

  it('lists the implementing entries by province, with dates, levels and headline targets, and every mainland province without one', async () => {
    const { body } = await http().get(`/api/entries/${NATIONAL}/implementation`).expect(200);
    expect(body.entry).toEqual({ slug: NATIONAL, title: expect.objectContaining({ zh: '测试2030年前碳达峰行动方案' }), jurisdiction: 'CN', level: 'national' });
    expect(body).toMatchObject({ total: 5, covered: 2, mainland: 31 });
    expect(body.provinces).toHaveLength(31);
    const withEntries = (body.provinces as Province[]).filter((p) => p.entries.length);
    expect(withEntries.map((p) => [p.code, p.entries.map((e) => e.slug)])).toEqual([
      ['130000', ['hebei-peaking-plan', 'shijiazhuang-peaking-plan']],
      ['440000', ['gd-peaking-plan', 'shenzhen-peaking-plan']],
    ]);
    const [gd, shenzhen] = withEntries[1].entries;
    expect(withEntries[1]).toMatchObject({ en: 'Guangdong Province', mainland: true });
    expect(gd).toEqual({
      slug: 'gd-peaking-plan',
      title: { en: 'Test plan gd-peaking-plan', zh: '测试方案' },
      level: 'provincial',
      issuedOn: '2022-06-23',
      via: null,
      jurisdiction: { code: '440000', kind: 'province', en: 'Guangdong Province', zh: '广东省', enShort: 'Guangdong', zhShort: '广东' },
      // Headline metrics only, for Guangdong itself (not the target set for Shenzhen), source clauses left out.
      targets: [
        { metric: 'carbon_intensity', targetYear: 2025, value: 20.5, unit: '%', comparison: 'reduction', baseYear: 2020, qualifier: 'exact', strive: false },
        { metric: 'non_fossil_share', targetYear: 2025, value: 32, unit: '%', comparison: 'share', qualifier: 'at_least', strive: false },
      ],
    });
    expect(shenzhen).toMatchObject({
      via: 'gd-peaking-plan',
      level: 'city',
      jurisdiction: { code: '440300', kind: 'city' },
      targets: [expect.objectContaining({ metric: 'carbon_intensity', value: 18 })],
    });
    expect(body.national.map((e: { slug: string }) => e.slug)).toEqual(['national-industry-peaking-plan']);
    expect(body.missing).toHaveLength(29);
    expect(body.missing).toEqual(expect.arrayContaining(['430000', '360000', '530000', '450000']));
    expect(body.missing).not.toEqual(expect.arrayContaining(['130000']));
  });

  it('never names a draft, unpublished or deleted entry, nor anything reached only through one', async () => {
    const res = await http().get(`/api/entries/${NATIONAL}/implementation`).expect(200);
    for (const slug of ['hunan-draft-plan', 'jiangxi-withdrawn-plan', 'yunnan-deleted-plan', 'gd-draft-plan', 'guangzhou-plan'])
      expect(res.text).not.toContain(slug);
  });

  it('answers 404 for a document the public cannot see, an unknown slug or a malformed one', async () => {
    for (const slug of ['national-draft-plan', 'jiangxi-withdrawn-plan', 'yunnan-deleted-plan', 'no-such-plan', 'Bad%20Slug', '%00x']) {
      const res = await http().get(`/api/entries/${slug}/implementation`).expect(404);
      expect(res.body.code).toBe('entry/not_found');
    }
  });

  it('says beside each search result how many entries and provinces implement it, kept fresh when relations change', async () => {
    const count = async () => {
      const { body } = await http().get('/api/entries').query({ level: 'national', pageSize: '100' }).expect(200);
      return Object.fromEntries(body.items.map((i: { slug: string; implementedBy: unknown }) => [i.slug, i.implementedBy]));
    };
    expect(await count()).toMatchObject({ [NATIONAL]: { entries: 5, provinces: 2 }, 'national-industry-peaking-plan': null, 'igdp-test-report': null });
    const first = await http().get(`/api/entries/${NATIONAL}/implementation`).expect(200);
    // Hebei's plan stops naming the national one: both answers change at once.
    await t.db.query(`DELETE FROM entry_relations WHERE entry_id = (SELECT id FROM entries WHERE slug = 'hebei-peaking-plan')`);
    expect(await count()).toMatchObject({ [NATIONAL]: { entries: 4, provinces: 2 } });
    await t.db.query(`DELETE FROM entry_relations WHERE entry_id = (SELECT id FROM entries WHERE slug = 'shijiazhuang-peaking-plan')`);
    expect(await count()).toMatchObject({ [NATIONAL]: { entries: 3, provinces: 1 } });
    const after = await http().get(`/api/entries/${NATIONAL}/implementation`).expect(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    expect(after.body).toMatchObject({ total: 3, covered: 1 });
  });

  it('is a public, cacheable answer', async () => {
    const first = await http().get(`/api/entries/${NATIONAL}/implementation`).expect(200);
    expect(first.headers['cache-control']).toContain('public');
    const again = await http().get(`/api/entries/${NATIONAL}/implementation`).set('If-None-Match', first.headers.etag).expect(304);
    expect(again.text).toBe('');
  });
});
