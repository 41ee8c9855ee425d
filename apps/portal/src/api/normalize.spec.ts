import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '@/test/fixtures';
import { fetchLatestNewsletter } from './newsletters';
import { fetchRegion, fetchRegionTree } from './regions';
import { fetchStats } from './stats';
import { fetchMetrics, fetchTargets } from './targets';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('API readers', () => {
  it('reads statistics, keeping undated entries apart', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse({ byYear: [{ year: 2023, count: 2 }, { year: null, count: 29 }], bySector: [{ code: 'industry', count: 3 }], byLevel: [{ code: 'national', count: 9 }], byProvince: [{ code: '520000', count: 1 }] }),
    );
    expect(await fetchStats('/stats')).toEqual({
      byYear: [{ key: '2023', count: 2 }, { key: 'undated', count: 29 }],
      bySector: [{ key: 'industry', count: 3 }],
      byLevel: [{ key: 'national', count: 9 }],
      byProvince: [{ key: '520000', count: 1 }],
      total: undefined,
    });
  });

  it('reads the region tree as a root, an array or {items}', async () => {
    const cn = { code: 'CN', kind: 'country', en: 'China', zh: '中国', count: 31, children: [{ code: '520000', enShort: 'Guizhou', zh: '贵州省', count: 1, children: [] }] };
    for (const body of [cn, [cn], { items: [cn] }]) {
      fetchMock.mockResolvedValueOnce(jsonResponse(body));
      const [root] = await fetchRegionTree();
      expect(root).toMatchObject({ code: 'CN', count: 31, children: [{ code: '520000', kind: 'province', parent: 'CN', name: { en: 'Guizhou', zh: '贵州省' }, count: 1 }] });
    }
  });

  it('reads a province page with targets, children and latest entries', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse({
        region: { code: '520000', kind: 'province', en: 'Guizhou Province', enShort: 'Guizhou', zh: '贵州省' },
        ancestors: [{ code: 'CN', kind: 'country', en: 'China', zh: '中国' }],
        counts: { total: 1, bySector: [{ code: 'environment', count: 1 }], byYear: [{ year: 2023, count: 1 }] },
        latest: [{ slug: 'g', title: { en: 'G' } }],
        targets: [{ jurisdiction: { code: '520000', en: 'Guizhou', zh: '贵州省' }, metric: 'carbon_intensity', value: 18, unit: '%', comparison: 'reduction', baseYear: 2020, qualifier: 'exact', targetYear: 2025, entry: { slug: 'g', title: { en: 'G' } } }],
        cities: [{ code: '520100', count: 0 }],
      }),
    );
    const d = await fetchRegion('/regions/520000');
    expect(d.region).toMatchObject({ code: '520000', name: { en: 'Guizhou', zh: '贵州省' }, count: 1 });
    expect(d.ancestors.map((a) => a.code)).toEqual(['CN']);
    expect(d.total).toBe(1);
    expect(d.bySector).toEqual([{ key: 'environment', count: 1 }]);
    expect(d.targets[0]).toMatchObject({ metric: 'carbon_intensity', value: 18, targetYear: 2025, entry: { slug: 'g' } });
    expect(d.children).toEqual([expect.objectContaining({ code: '520100', kind: 'city', count: 0, entries: [] })]);
    expect(d.latest).toHaveLength(1);
  });

  it('reads target rows and observations, dropping rows it cannot use', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse({
        items: [
          { jurisdiction: { code: '210000', en: 'Liaoning', zh: '辽宁省', kind: 'province' }, value: 18, unit: '%', comparison: 'reduction', baseYear: 2020, qualifier: 'exact', targetYear: 2025 },
          { jurisdiction: null, value: 1 },
          // No value: fine for a peak or "as assigned" target, not for a reduction.
          { jurisdiction: { code: '440000', kind: 'province' }, value: null, unit: null, comparison: 'assigned', qualifier: 'exact', strive: false, targetYear: 2025, entry: { slug: 'gd', title: { zh: '广东' }, documentNumber: '粤府〔2022〕56号' } },
          { jurisdiction: { code: '420000', kind: 'province' }, value: null, comparison: 'reduction', targetYear: 2025 },
          { jurisdiction: { code: '420100', kind: 'city' }, value: 5, unit: 'GW', comparison: 'capacity', qualifier: 'at_least', strive: true, cumulativeFrom: 2026, targetYear: 2030 },
        ],
        observations: [{ jurisdiction: 'CN', year: 2017, value: 11700, unit: 'Mt CO₂e', comparison: 'level', qualifier: 'about' }],
      }),
    );
    const r = await fetchTargets('/targets?metric=carbon_intensity&targetYear=2025');
    expect(r.rows).toHaveLength(3);
    expect(r.rows[0]).toMatchObject({ metric: 'carbon_intensity', strive: false, jurisdiction: { code: '210000', name: { en: 'Liaoning', zh: '辽宁省' } } });
    expect(r.rows[1]).toMatchObject({ comparison: 'assigned', value: null, unit: undefined, entry: { slug: 'gd', documentNumber: '粤府〔2022〕56号' } });
    expect(r.rows[2]).toMatchObject({ value: 5, strive: true, cumulativeFrom: 2026, qualifier: 'at_least' });
    expect(r.observations[0]).toMatchObject({ jurisdiction: { code: 'CN' }, year: 2017, metric: 'carbon_intensity', qualifier: 'about' });
  });

  it('reads metrics with their target years', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse([{ code: 'carbon_intensity', targetYears: [2030, 2025], count: 4 }, { nope: 1 }]));
    expect(await fetchMetrics()).toEqual([{ code: 'carbon_intensity', en: undefined, zh: undefined, unit: undefined, targetYears: [2025, 2030], count: 4 }]);
  });

  it('picks the newest newsletter issue and the entries it presents', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse({
        items: [
          { number: 1, title: { en: 'CCNT 1' }, periodFrom: '2024-01-01', periodTo: '2024-01-31', sections: [{ groups: [{ items: [{ entry: 'a' }, { entry: 'b' }] }] }] },
          { number: 2, title: { en: 'CCNT 2' }, sections: [{ groups: [{ items: [{ entry: 'c', title: { zh: '丙' } }] }] }], links: { emailHtml: 'javascript:alert(1)' } },
          { number: 0.5 },
        ],
      }),
    );
    const latest = await fetchLatestNewsletter();
    expect(latest).toMatchObject({ number: 2, title: { en: 'CCNT 2' }, entries: [{ slug: 'c', title: { zh: '丙' } }], href: undefined });
    fetchMock.mockResolvedValueOnce(jsonResponse({ items: [{ number: 1, url: '/briefings/1', links: { emailHtml: '/api/newsletters/1/email.html' } }] }));
    expect(await fetchLatestNewsletter()).toMatchObject({ path: '/briefings/1', href: '/api/newsletters/1/email.html' });
  });
});
