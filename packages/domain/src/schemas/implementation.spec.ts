import { describe, expect, it } from 'vitest';
import { MAINLAND_PROVINCES, provinceCodeOf } from '../regions';
import { buildImplementation, headlineTargets, implementedBy, type ImplementerRow } from './implementation';
import { TargetSchema, type TargetInput } from './target';

const place = (code: string, kind: 'province' | 'city' | 'zone' | 'country', en = code) => ({ code, kind, en, zh: en, enShort: en, zhShort: en });
const target = (t: Partial<TargetInput>) =>
  TargetSchema.parse({ metric: 'carbon_intensity', targetYear: 2025, value: 18, unit: '%', comparison: 'reduction', ...t });
const row = (slug: string, jurisdiction: ReturnType<typeof place>, patch: Partial<ImplementerRow> = {}): ImplementerRow => ({
  slug,
  title: { en: slug },
  jurisdiction,
  level: jurisdiction.kind === 'province' ? 'provincial' : jurisdiction.kind,
  issuedOn: null,
  via: null,
  targets: [],
  ...patch,
});
const ENTRY = { slug: 'national-plan', title: { en: 'National plan' }, jurisdiction: 'CN', level: 'national' };

describe('mainland provinces', () => {
  it('are the 31 divisions without Taiwan, Hong Kong and Macao; cities and zones roll up by code', () => {
    expect(MAINLAND_PROVINCES).toHaveLength(31);
    expect(MAINLAND_PROVINCES.map((p) => p.code)).not.toEqual(expect.arrayContaining(['710000']));
    expect(MAINLAND_PROVINCES.map((p) => p.code)).toEqual(expect.arrayContaining(['110000', '650000']));
    expect(provinceCodeOf('440300')).toBe('440000');
    expect(provinceCodeOf('120100-binhai')).toBe('120000');
    expect(provinceCodeOf('CN')).toBeUndefined();
  });
});

describe('headline targets', () => {
  it("keeps the intensity, non-fossil and peak targets for the entry's own place, in a fixed order", () => {
    const targets = [
      target({ metric: 'non_fossil_share', comparison: 'share', value: 25, targetYear: 2030 }),
      target({ metric: 'forest_coverage', comparison: 'level', value: 40 }),
      target({ metric: 'carbon_intensity', targetYear: 2030, value: 65, baseYear: 2005 }),
      target({ metric: 'carbon_intensity', jurisdiction: '440300', value: 20 }),
      target({ metric: 'energy_intensity', value: 14, sourceText: '下降14%' }),
      target({ metric: 'co2_emissions', comparison: 'capacity', value: 500, unit: 'Mt CO₂' }),
      target({ metric: 'carbon_intensity', value: 18, jurisdiction: '440000' }),
    ];
    const kept = headlineTargets(targets, '440000');
    expect(kept.map((t) => `${t.metric}:${t.targetYear}:${t.value}`)).toEqual([
      'carbon_intensity:2025:18',
      'carbon_intensity:2030:65',
      'energy_intensity:2025:14',
      'non_fossil_share:2030:25',
    ]);
    expect(kept[2]).not.toHaveProperty('sourceText');
    expect(kept[0]).not.toHaveProperty('jurisdiction');
  });
});

describe('buildImplementation', () => {
  const rows = [
    row('shenzhen-plan', place('440300', 'city'), { issuedOn: '2023-01-01', via: 'guangdong-plan' }),
    row('guangdong-plan', place('440000', 'province'), {
      issuedOn: '2022-06-23',
      targets: [target({ metric: 'non_fossil_share', comparison: 'share', value: 32 })],
    }),
    row('guangdong-old-plan', place('440000', 'province')),
    row('industry-plan', place('CN', 'country'), { level: 'national', issuedOn: '2022-07-07' }),
    row('binhai-plan', place('120100-binhai', 'zone'), { issuedOn: '2021-01-01' }),
    row('hk-plan', place('810000', 'province')),
  ];
  const answer = buildImplementation(ENTRY, rows);

  it('lists every mainland division, covered or not, then any other division with entries', () => {
    expect(answer.provinces.slice(0, 31).map((p) => p.code)).toEqual(MAINLAND_PROVINCES.map((p) => p.code));
    expect(answer.provinces.map((p) => p.code).slice(31)).toEqual(['810000']);
    expect(answer.provinces[31]).toMatchObject({ mainland: false, en: 'Hong Kong Special Administrative Region' });
    expect(answer).toMatchObject({ total: 6, covered: 2, mainland: 31 });
    expect(answer.missing).toHaveLength(29);
    expect(answer.missing).not.toContain('440000');
    expect(answer.missing).not.toContain('120000');
    expect(answer.missing).toContain('650000');
  });

  it("puts a province's own entries first, then its cities and zones, each by date (undated last)", () => {
    const guangdong = answer.provinces.find((p) => p.code === '440000')!;
    expect(guangdong).toMatchObject({ en: 'Guangdong Province', zh: '广东省', kind: 'province' });
    expect(guangdong.entries.map((e) => e.slug)).toEqual(['guangdong-plan', 'guangdong-old-plan', 'shenzhen-plan']);
    expect(guangdong.entries[0].targets).toEqual([expect.objectContaining({ metric: 'non_fossil_share', value: 32 })]);
    expect(guangdong.entries[2].via).toBe('guangdong-plan');
    expect(answer.provinces.find((p) => p.code === '120000')!.entries.map((e) => e.slug)).toEqual(['binhai-plan']);
    expect(answer.national.map((e) => e.slug)).toEqual(['industry-plan']);
  });

  it('counts entries and mainland provinces for a search result', () => {
    expect(implementedBy(rows.map((r) => r.jurisdiction.code))).toEqual({ entries: 6, provinces: 2 });
    expect(implementedBy([])).toBeNull();
  });
});
