import { describe, expect, it } from 'vitest';
import { createRegionIndex, zoneRegion, ZoneInputSchema } from '../regions';
import { EntryInputSchema, toPublicSource, type EntryInput } from '../schemas/entry';
import { loadSeedEntries } from '../testing/seed';
import { parseEntryInput, STATIC_TAXONOMY, validateEntry, VALIDATION_CODES as C, type SourceFileStatus } from './index';

const base: EntryInput = {
  kind: 'policy',
  slug: 'guizhou-synergy-plan',
  title: { en: 'Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou' },
  jurisdiction: '520000',
  level: 'provincial',
  sectors: ['environment'],
  themes: ['pollution_carbon_synergy'],
  instrumentType: 'implementation_plan',
  issuingBodies: ['provincial_government'],
  targets: [{ metric: 'carbon_intensity', targetYear: 2025, value: 18, unit: '%', comparison: 'reduction', baseYear: 2020 }],
};
const entry = (patch: Partial<EntryInput> = {}) => EntryInputSchema.parse({ ...base, ...patch });
const check = (patch: Partial<EntryInput>, ctx = {}) =>
  validateEntry(entry(patch), { taxonomy: STATIC_TAXONOMY, ...ctx }).map((i) => [i.path.join('.'), i.code]);

describe('validateEntry', () => {
  it('accepts a consistent entry', () => {
    expect(check({})).toEqual([]);
  });

  it.each([
    [{ level: 'national' }, 'level'],
    [{ level: 'city' }, 'level'],
    [{ jurisdiction: 'CN', level: 'provincial' }, 'level'],
    [{ jurisdiction: '440300', level: 'provincial' }, 'level'],
    [{ jurisdiction: '440300', level: 'zone' }, 'level'],
  ] as const)('flags a level that does not fit the place: %j', (patch, path) => {
    expect(check(patch)).toEqual([[path, C.levelMismatch]]);
  });

  it('accepts the level rule: national↔CN, provincial↔province, city/county↔city, city on a municipality, zone↔zone', () => {
    expect(check({ jurisdiction: 'CN', level: 'national' })).toEqual([]);
    expect(check({ jurisdiction: '440300', level: 'city' })).toEqual([]);
    expect(check({ jurisdiction: '440300', level: 'county' })).toEqual([]);
    expect(check({ jurisdiction: '120000', level: 'city' })).toEqual([]);
    expect(check({ jurisdiction: '440300-qianhai', level: 'zone' })).toEqual([]);
  });

  it('says what the level should be', () => {
    const [issue] = validateEntry(entry({ jurisdiction: '440300', level: 'provincial' }));
    expect(issue.message).toBe('Shenzhen City is a city: the level should be prefectural city or county / district, not provincial');
  });

  it('checks zones against the DB when given', () => {
    const zone = zoneRegion(ZoneInputSchema.parse({ parent: '440300', slug: 'qianhai', zh: '前海', en: 'Qianhai' }));
    const regions = createRegionIndex([zone]);
    expect(check({ jurisdiction: '440300-qianhai', level: 'zone' }, { regions })).toEqual([]);
    expect(check({ jurisdiction: '440300-nowhere', level: 'zone' }, { regions })).toEqual([['jurisdiction', C.unknownRegion]]);
    expect(check({ jurisdiction: '999900-x', level: 'zone' })).toEqual([['jurisdiction', C.unknownRegion]]);
    expect(check({ jurisdiction: '440399', level: 'city' })).toEqual([['jurisdiction', C.unknownRegion]]);
  });

  it('flags unknown and repeated codes, field by field', () => {
    expect(
      check({ sectors: ['environment', 'mining', 'environment'], themes: ['nope'], instrumentType: 'decree', issuingBodies: ['ministry_of_magic'] }),
    ).toEqual([
      ['sectors.1', C.unknownSector],
      ['sectors.2', C.duplicateCode],
      ['themes.0', C.unknownTheme],
      ['issuingBodies.0', C.unknownIssuingBody],
      ['instrumentType', C.unknownInstrument],
    ]);
    expect(check({ targets: [{ metric: 'happiness', targetYear: 2025, value: 1, unit: '%', comparison: 'level' }] })).toEqual([
      ['targets.0.metric', C.unknownMetric],
    ]);
  });

  it('uses a taxonomy from the DB, and skips vocabularies it is not given', () => {
    expect(check({ sectors: ['mining'] }, { taxonomy: { ...STATIC_TAXONOMY, sectors: new Set(['environment', 'mining']) } })).toEqual([]);
    expect(validateEntry(entry({ sectors: ['mining'] }))).toEqual([]);
  });

  it('checks target years, ranges, units and places', () => {
    const t = base.targets![0];
    expect(check({ targets: [{ ...t, targetYear: 2020 }] })).toEqual([['targets.0.targetYear', C.targetYearNotAfterBase]]);
    expect(check({ targets: [{ ...t, value: 45, valueMax: 40 }] })).toEqual([['targets.0.valueMax', C.valueMaxBelowValue]]);
    expect(check({ targets: [{ ...t, value: 40, valueMax: 40 }] })).toEqual([]);
    expect(check({ targets: [{ ...t, value: 120 }] })).toEqual([['targets.0.value', C.percentOutOfRange]]);
    expect(check({ targets: [{ metric: 'nev_ownership', targetYear: 2025, value: 130, unit: '10k vehicles', comparison: 'count' }] })).toEqual([
      ['targets.0.unit', C.unitMismatch],
    ]);
    expect(check({ targets: [{ ...t, jurisdiction: '520100' }] })).toEqual([]);
    expect(check({ targets: [{ ...t, jurisdiction: '440300' }] })).toEqual([['targets.0.jurisdiction', C.targetOutsideJurisdiction]]);
    expect(check({ targets: [{ ...t, jurisdiction: '520199' }] })).toEqual([['targets.0.jurisdiction', C.unknownRegion]]);
    expect(
      check({
        observations: [
          {
            metric: 'carbon_intensity',
            jurisdiction: '520000',
            year: 2005,
            value: 48.4,
            unit: '%',
            comparison: 'reduction',
            baseYear: 2005,
            sourceTitle: 'BUR',
          },
        ],
      }),
    ).toEqual([['observations.0.year', C.targetYearNotAfterBase]]);
  });

  it('checks that dates are in order', () => {
    expect(check({ issuedOn: '2024-01-10', effectiveOn: '2024-02-01', expiresOn: '2030-12-31' })).toEqual([]);
    expect(check({ issuedOn: '2024-01-10', effectiveOn: '2024-01-01' })).toEqual([['effectiveOn', C.datesOutOfOrder]]);
    expect(check({ issuedOn: '2024-01-10', expiresOn: '2023-12-31' })).toEqual([['expiresOn', C.datesOutOfOrder]]);
    expect(check({ effectiveOn: '2024-01-10', expiresOn: '2024-01-10' })).toEqual([]);
  });

  it('requires a publisher for reports', () => {
    expect(check({ kind: 'report', instrumentType: 'research_report' })).toEqual([['publisher', C.publisherRequired]]);
    expect(check({ kind: 'report', publisher: 'iGDP' })).toEqual([]);
  });

  it('flags a target with the same metric, year and place as another (energy intensity 2025 at 14.5 and 14.6)', () => {
    const t = (value: number, extra: Record<string, unknown> = {}) => ({
      metric: 'energy_intensity',
      targetYear: 2025,
      value,
      unit: '%',
      comparison: 'reduction' as const,
      baseYear: 2020,
      ...extra,
    });
    expect(check({ targets: [t(14.5), base.targets![0], t(14.6)] })).toEqual([['targets.2', C.duplicateTarget]]);
    // Another year, or another place (a city of the province) is another target.
    expect(check({ targets: [t(14.5), t(16, { targetYear: 2030 }), t(15, { jurisdiction: '520100' })] })).toEqual([]);
    expect(validateEntry(entry({ targets: [t(14.5), t(14.6)] }))[0].message).toBe('Same metric, year and place as target 1: keep one of them');
  });

  it('flags a taken slug, repeated sources and bad relations', () => {
    expect(check({}, { slugTaken: (s: string) => s === 'guizhou-synergy-plan' })).toEqual([['slug', C.slugTaken]]);
    expect(check({ sources: [{ url: 'https://www.gov.cn/zhengce/a.html' }, { url: 'http://gov.cn/zhengce/a.html/' }, { url: 'https://gov.cn/b' }] })).toEqual([
      ['sources.1.url', C.duplicateSource],
    ]);
    expect(
      check({
        relations: [
          { type: 'related', target: 'guizhou-synergy-plan' },
          { type: 'implements', target: 'national-plan' },
          { type: 'implements', target: 'national-plan' },
        ],
      }),
    ).toEqual([
      ['relations.0.target', C.selfRelation],
      ['relations.2.target', C.duplicateRelation],
    ]);
  });
});

describe('sources with a file', () => {
  const FILE = '0b9ac0a4-5f7e-4d38-9d6b-7a0c1f2e3d4c';
  const OTHER = '5d1f6a7e-2b3c-4d5e-8f90-a1b2c3d4e5f6';

  it('takes a file instead of a web address, but not neither', () => {
    expect(parseEntryInput({ ...base, sources: [{ file: FILE, title: '贵州省减污降碳协同增效实施方案' }] }).ok).toBe(true);
    const r = parseEntryInput({ ...base, sources: [{ title: 'A document' }] });
    expect(r).toMatchObject({ ok: false, issues: [{ path: ['sources', 0, 'url'], message: 'Give the web address, or attach the document as a file' }] });
    expect(parseEntryInput({ ...base, sources: [{ file: 'not-a-uuid' }] })).toMatchObject({ ok: false, issues: [{ path: ['sources', 0, 'file'] }] });
  });

  it('flags a file listed twice, and files the database does not know or has let expire', () => {
    const status = (id: string): SourceFileStatus => (id === FILE ? 'attached' : id === OTHER ? 'expired' : 'unknown');
    expect(check({ sources: [{ file: FILE }, { url: 'https://gov.cn/a', file: FILE }] })).toEqual([['sources.1.file', C.duplicateSource]]);
    expect(check({ sources: [{ file: FILE }, { file: OTHER }, { file: 'c0ffee00-0000-4000-8000-000000000000' }] }, { fileStatus: status })).toEqual([
      ['sources.1.file', C.expiredFile],
      ['sources.2.file', C.unknownFile],
    ]);
  });

  it('never shows the file in the public copy of a source', () => {
    const [source] = EntryInputSchema.parse({ ...base, sources: [{ file: FILE, title: '方案' }] }).sources;
    expect(toPublicSource(source)).toEqual({ title: '方案', language: 'zh', official: true });
  });
});

describe('parseEntryInput', () => {
  it('returns the parsed entry with defaults', () => {
    const r = parseEntryInput(base);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data).toMatchObject({ status: 'in_force', ghgs: [], targets: [{ qualifier: 'exact' }] });
  });

  it('turns zod issues into field-addressed issues', () => {
    const r = parseEntryInput({
      ...base,
      slug: 'A',
      level: 'galactic',
      targets: [{ metric: 'carbon_intensity', targetYear: 1800, value: 'x', unit: '%', comparison: 'reduction' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path.join('.'), i]));
    expect(Object.keys(byPath)).toEqual(expect.arrayContaining(['slug', 'level', 'targets.0.targetYear', 'targets.0.value']));
    expect(byPath.level.message).toBe('Choose a level: national, provincial, city, county or zone');
    expect(byPath['targets.0.targetYear'].message).toBe('Year must be 1950 or later');
    expect(byPath.slug.code).toMatch(/^schema\//);
    expect(parseEntryInput(null)).toMatchObject({ ok: false, issues: [{ path: [], code: 'schema/invalid_type' }] });
  });

  it('runs the checks beyond shape with the static taxonomy', () => {
    const r = parseEntryInput({ ...base, sectors: ['mining'], level: 'city' }, { slugTaken: () => true });
    expect(r).toEqual({
      ok: false,
      issues: [
        { path: ['level'], code: C.levelMismatch, message: expect.any(String) },
        { path: ['sectors', 0], code: C.unknownSector, message: 'Unknown sector "mining"' },
        { path: ['slug'], code: C.slugTaken, message: expect.any(String) },
      ],
    });
  });

  it('accepts every seed entry', () => {
    const seeds = loadSeedEntries();
    const slugs = new Set(seeds.map((s) => s.entry.slug));
    for (const { file, entry: e } of seeds) {
      const r = parseEntryInput(e);
      expect(r.ok ? [] : r.issues, file).toEqual([]);
      for (const rel of e.relations) expect(slugs.has(rel.target), `${file} → ${rel.target}`).toBe(true);
    }
  });
});
