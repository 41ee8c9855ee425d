import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { startPublicApp } from './helpers/public-app';
import { useTestApp } from './helpers/test-app';

type Node = { code: string; kind: string; count: number; ownCount: number; children: Node[] };
const find = (n: Node, code: string): Node | undefined => (n.code === code ? n : n.children.map((c) => find(c, code)).find(Boolean));

describe('regions API (real PostgreSQL, repository seed)', () => {
  const t = useTestApp(startPublicApp);
  const http = () => request(t.app.getHttpServer());

  it('counts published entries through the tree, descendants included', async () => {
    const { body: tree } = await http().get('/api/regions').expect(200);
    expect(tree).toMatchObject({ code: 'CN', kind: 'country', en: 'China', zh: '中国', count: 31, ownCount: 14 });
    expect(tree.children).toHaveLength(34); // every province, even without entries
    expect(find(tree, '520000')).toMatchObject({ kind: 'province', enShort: 'Guizhou', zhShort: '贵州', count: 1, ownCount: 1 });
    expect(find(tree, '150000')).toMatchObject({ en: 'Inner Mongolia Autonomous Region', count: 2, ownCount: 2 });
    const guangdong = find(tree, '440000')!;
    expect(guangdong).toMatchObject({ count: 2, ownCount: 0 });
    expect(guangdong.children.map((c) => [c.code, c.count])).toEqual([
      ['440300', 1],
      ['441900', 1],
    ]);
    expect(find(tree, '510000')!.children.map((c) => c.code)).toEqual(['510700']); // Mianyang
    expect(find(tree, '110000')).toMatchObject({ count: 0, children: [] });
  });

  it('lists cities without entries only with ?all=true', async () => {
    const { body: tree } = await http().get('/api/regions?all=true').expect(200);
    const guangdong = find(tree, '440000')!;
    expect(guangdong.children.length).toBe(21);
    expect(find(tree, '440100')).toMatchObject({ kind: 'city', en: 'Guangzhou City', count: 0, ownCount: 0 });
    expect(find(tree, '440300')).toMatchObject({ count: 1 });
    await http().get('/api/regions?all=yes').expect(400);
    const res = await http().get('/api/regions?depth=1').expect(400);
    expect(res.body).toMatchObject({ code: 'request/invalid', issues: [{ path: 'depth' }] });
  });

  it('serves a provincial page: breadcrumb, counts, latest entries, targets, cities', async () => {
    const { body } = await http().get('/api/regions/520000').expect(200);
    expect(body.region).toMatchObject({ code: '520000', kind: 'province', parent: 'CN', en: 'Guizhou Province', count: 1, ownCount: 1 });
    expect(body).toMatchObject({ total: 1, includesSubregions: true });
    expect(body.ancestors).toEqual([{ code: 'CN', kind: 'country', en: 'China', zh: '中国', enShort: 'China', zhShort: '中国' }]);
    expect(body.bySector).toEqual([
      { code: 'environment', parent: null, en: 'Pollution and environment', zh: '污染防治与生态环境', count: 1 },
      { code: 'cross_cutting', parent: null, en: 'Cross-cutting', zh: '综合', count: 1 },
    ]);
    expect(body.byYear).toEqual([{ year: null, count: 1 }]);
    expect(body.latest.map((e: { slug: string }) => e.slug)).toEqual(['guizhou-pollution-carbon-synergy-implementation-plan']);
    expect(body.latest[0]).toMatchObject({ level: 'provincial', region: { code: '520000', zhShort: '贵州' }, status: 'in_force' });
    expect(body.latest[0]).not.toHaveProperty('targets');
    expect(body.targets.map((r: { metric: string; value: number }) => [r.metric, r.value])).toEqual([
      ['carbon_intensity', 18],
      ['nox_reduction', 12000],
      ['voc_reduction', 4600],
      ['cod_reduction', 31400],
      ['ammonia_nitrogen_reduction', 3300],
    ]);
    expect(body.targetTotal).toBe(5);
    expect(body.children).toHaveLength(9); // Guizhou's prefecture-level cities, with counts even when zero
    expect(body.children[0]).toMatchObject({ kind: 'city', count: 0, children: [] });
  });

  it('counts a province by its cities (Guangdong: Shenzhen and Dongguan), parent sectors including sub-sectors', async () => {
    const { body } = await http().get('/api/regions/440000').expect(200);
    expect(body.region).toMatchObject({ count: 2, ownCount: 0 });
    expect(body.latest.map((e: { slug: string }) => e.slug).sort()).toEqual([
      'dongguan-hydrogen-energy-industry-action-plan-2023-2025',
      'shenzhen-pollution-carbon-synergy-implementation-plan',
    ]);
    const sector = (code: string) => body.bySector.find((s: { code: string }) => s.code === code)?.count;
    expect([sector('transport'), sector('transport.nev'), sector('energy'), sector('industry.steel')]).toEqual([2, 2, 1, undefined]);
    expect(body.targets).toEqual([]);
    expect(body.children.filter((c: Node) => c.count > 0).map((c: Node) => c.code)).toEqual(['440300', '441900']);
  });

  it('serves the national page about national entries, with provinces as children and national targets', async () => {
    const { body } = await http().get('/api/regions/CN').expect(200);
    expect(body.region).toMatchObject({ code: 'CN', parent: null, count: 31, ownCount: 14 });
    expect(body).toMatchObject({ total: 14, includesSubregions: false });
    expect(body.ancestors).toEqual([]);
    expect(body.latest).toHaveLength(10);
    expect(body.latest.every((e: { jurisdiction: string }) => e.jurisdiction === 'CN')).toBe(true);
    expect(body.latest[0].slug).toBe('beautiful-china-opinions'); // the only dated entry comes first
    expect(body.byYear).toEqual([
      { year: 2023, count: 1 },
      { year: null, count: 13 },
    ]);
    expect(body.bySector.find((s: { code: string }) => s.code === 'industry.steel')).toMatchObject({ count: 1 }); // Hebei's steel guidelines are provincial
    expect(body.children).toHaveLength(34);
    expect(body.children.every((c: Node) => c.kind === 'province' && c.children.length === 0)).toBe(true);
    expect(body.targets.every((r: { jurisdiction: { code: string } }) => r.jurisdiction.code === 'CN')).toBe(true);
    expect(body.targets.map((r: { metric: string; targetYear: number }) => `${r.metric}@${r.targetYear}`)).toContain('carbon_intensity@2020');
  });

  it('serves city pages too, and answers 404 region/not_found for unknown codes', async () => {
    const { body } = await http().get('/api/regions/510700').expect(200);
    expect(body.region).toMatchObject({ en: 'Mianyang City', count: 1 });
    expect(body.ancestors.map((a: { code: string }) => a.code)).toEqual(['CN', '510000']);
    for (const code of ['XX', '999999', 'cn']) {
      const res = await http().get(`/api/regions/${code}`).expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'region/not_found', message: expect.stringContaining(code) });
    }
  });

  it('never counts or lists drafts, unpublished or deleted entries', async () => {
    const { body: tree } = await http().get('/api/regions?all=true').expect(200);
    expect([find(tree, '520000')!.count, find(tree, '150000')!.count, find(tree, '440300')!.count]).toEqual([1, 2, 1]);
    for (const code of ['520000', '150000', '440300', 'CN']) {
      const { body } = await http().get(`/api/regions/${code}`).expect(200);
      const text = JSON.stringify(body);
      expect(text).not.toContain('hidden-');
      expect(text).not.toContain('"value":99');
    }
  });
});
