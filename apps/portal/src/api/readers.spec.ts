import type { RegionPage } from '@dualcarbon/domain';
import { describe, expect, it } from 'vitest';
import { guizhouSummary, issueAnswer, place, targetAnswer } from '@/test/fixtures';
import { newsletterSummary } from './newsletters';
import { regionDetail } from './regions';
import { statsView } from './stats';
import { targetRowView } from './targets';

// The readers turn the API's typed answers into what the pages draw; they guess nothing (the answer types
// come from @dualcarbon/domain, so a changed answer fails to compile here and in the pages).
describe('API readers', () => {
  it('keeps undated entries as a row of their own', () => {
    const s = statsView({ total: 5, undated: 3, byYear: [{ year: 2023, count: 2 }], bySector: [{ code: 'energy', count: 2 }], byLevel: [], byProvince: [] });
    expect(s.byYear).toEqual([
      { key: '2023', count: 2 },
      { key: 'undated', count: 3 },
    ]);
    expect(s.bySector).toEqual([{ key: 'energy', count: 2 }]);
    expect(s.total).toBe(5);
  });

  it('lists a province’s zones after their city, and names places as the portal writes them', () => {
    const zone = { ...place('520100-gaoxin', 'zone', 'Guiyang Hi-tech Zone', '贵阳高新区'), count: 1, ownCount: 1, children: [] };
    const page: RegionPage = {
      region: { ...place('520000', 'province', 'Guizhou Province', '贵州省'), enShort: 'Guizhou', parent: 'CN', count: 2, ownCount: 1 },
      total: 2,
      includesSubregions: true,
      ancestors: [place('CN', 'country', 'China', '中国')],
      bySector: [],
      byYear: [
        { year: null, count: 1 },
        { year: 2023, count: 1 },
      ],
      latest: [guizhouSummary],
      targets: [],
      targetTotal: 0,
      children: [{ ...place('520100', 'city', 'Guiyang', '贵阳市'), count: 1, ownCount: 0, children: [zone] }],
    };
    const d = regionDetail(page);
    expect(d.region).toMatchObject({ code: '520000', parent: 'CN', name: { en: 'Guizhou', zh: '贵州省' }, count: 2 });
    expect(d.children.map((c) => [c.code, c.parent])).toEqual([
      ['520100', '520000'],
      ['520100-gaoxin', '520100'],
    ]);
    expect(d.byYear).toEqual([
      { key: '2023', count: 1 },
      { key: 'undated', count: 1 },
    ]);
  });

  it('reads a target row’s nulls as the domain Target’s absent fields', () => {
    const row = targetRowView(
      targetAnswer(place('440000', 'province', 'Guangdong', '广东省'), { value: null, unit: null, baseYear: null, comparison: 'assigned' }),
    );
    expect(row).toMatchObject({
      value: null,
      comparison: 'assigned',
      jurisdiction: { code: '440000', kind: 'province', name: { en: 'Guangdong', zh: '广东省' } },
    });
    expect(row.unit).toBeUndefined();
    expect(row.baseYear).toBeUndefined();
    expect(row.entry.documentNumber).toBeUndefined();
  });

  it('lists each entry an issue presents once, in reading order', () => {
    const s = newsletterSummary(issueAnswer(2, ['b', 'a', 'b']));
    expect(s).toMatchObject({ number: 2, path: '/briefings/2', href: '/api/newsletters/2/email.html' });
    expect(s.entries.map((e) => e.slug)).toEqual(['b', 'a']);
  });
});
