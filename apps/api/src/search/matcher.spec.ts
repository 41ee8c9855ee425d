import { createRandom, issuedRange, type EntryFilters } from '@dualcarbon/domain';
import { describe, expect, it } from 'vitest';
import { match } from './matcher';
import { buildSnapshot, FACETS, NO_DAY, type FacetName, type Snapshot, type TermRow } from './snapshot';

const random = (seed: number) => createRandom(seed).next;

const REGIONS = ['CN', '440000', '440100', '440300', '440100-nansha', '130000', '130100', '520000', '520100'];
const LEVELS = ['national', 'provincial', 'city', 'zone'];
const KINDS = ['policy', 'report'];
const STATUSES = ['in_force', 'draft', 'repealed'];
const INSTRUMENTS = ['', 'implementation_plan', 'action_plan', 'standard'];
const SECTORS = ['energy', 'energy.power', 'energy.hydrogen', 'industry', 'industry.steel', 'transport'];
const THEMES = ['hydrogen', 'one_plus_n', 'carbon_market'];
const GHGS = ['co2', 'ch4'];
const ISSUERS = ['state_council', 'ndrc', 'mee'];
const METRICS = ['carbon_intensity', 'energy_intensity', 'non_fossil_share', 'co2_emissions'];
const TARGET_YEARS = ['2025', '2030', '2060'];
const DAY = 86_400_000;

/** A facet's expected buckets, in order: [value, count] pairs. */
const counts = (...pairs: [string, number][]) => pairs.map(([value, count]) => ({ value, count }));

function snapshot(size: number, next: () => number): Snapshot {
  const pick = <T>(l: T[]) => l[Math.floor(next() * l.length)];
  const some = (l: string[]) => l.filter(() => next() < 0.3);
  const records = Array.from({ length: size }, (_, d) => {
    const day = next() < 0.1 ? NO_DAY : Math.floor(Date.UTC(2018, 0, 1) / DAY + next() * 2500);
    return [
      d + 1,
      pick(REGIONS),
      pick(LEVELS),
      pick(KINDS),
      pick(STATUSES),
      pick(INSTRUMENTS),
      day,
      1_700_000_000_000 + d,
      some(SECTORS).join(','),
      some(THEMES).join(','),
      some(GHGS).join(','),
      some(ISSUERS).join(','),
      next() < 0.6
        ? METRICS.flatMap((m) => TARGET_YEARS.map((y) => `${m}:${y}`))
            .filter(() => next() < 0.2)
            .join(',')
        : '',
    ].join('\u001f');
  });
  return buildSnapshot('1:1', records, []);
}

function randomFilters(next: () => number): EntryFilters {
  const some = (l: string[], p = 0.25) => (next() < p ? l.filter(() => next() < 0.4).concat(next() < 0.1 ? ['unknown'] : []) : []);
  const date = () =>
    next() < 0.5 ? String(2018 + Math.floor(next() * 7)) : `20${19 + Math.floor(next() * 5)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
  return {
    region: some(REGIONS),
    includeSubregions: next() < 0.5,
    level: some(LEVELS),
    sector: some(SECTORS),
    instrument: some(INSTRUMENTS.slice(1)),
    theme: some(THEMES),
    ghg: some(GHGS),
    status: some(STATUSES),
    kind: some(KINDS),
    issuer: some(ISSUERS),
    issuedFrom: next() < 0.15 ? date() : undefined,
    issuedTo: next() < 0.15 ? date() : undefined,
    hasTargets: next() < 0.15 ? next() < 0.5 : undefined,
    targetMetric: some(METRICS, 0.3),
    targetYear: some(TARGET_YEARS, 0.3),
  };
}

/** The plain definition, doc by doc: what match() must agree with however it gets there. */
function reference(s: Snapshot, f: EntryFilters, candidates: Int32Array | null) {
  const code = (name: FacetName, id: number) => s.dicts[name].values[id];
  const values = (field: { offsets: Uint32Array; values: Uint16Array }, name: FacetName, d: number) =>
    Array.from(field.values.subarray(field.offsets[d], field.offsets[d + 1]), (id) => code(name, id));
  const { from, to } = issuedRange(f);
  const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
  const tests: [FacetName[], (d: number) => boolean][] = [];
  const pairs = (d: number) =>
    Array.from(s.targetPairs.metric.subarray(s.targetPairs.offsets[d], s.targetPairs.offsets[d + 1]), (m, i) => ({
      metric: code('targetMetric', m),
      year: code('targetYear', s.targetPairs.year[s.targetPairs.offsets[d] + i]),
    }));
  const metricOk = (m: string) => !f.targetMetric.length || f.targetMetric.includes(m);
  const yearOk = (y: string) => !f.targetYear.length || f.targetYear.includes(y);
  const any = (wanted: string[], have: string[]) => have.some((v) => wanted.includes(v));
  if (f.region.length) {
    tests.push([
      ['region'],
      (d) => {
        const jur = code('region', s.jurisdiction[d]);
        if (f.region.includes(jur)) return true;
        if (!f.includeSubregions) return false;
        return f.region.some(
          (r) =>
            (/^\d{2}0000$/.test(r) && code('region', s.province[d]) === r) || (/^\d{6}$/.test(r) && !r.endsWith('0000') && code('region', s.city[d]) === r),
        );
      },
    ]);
  }
  if (f.level.length) tests.push([['level'], (d) => f.level.includes(code('level', s.level[d]))]);
  if (f.sector.length) tests.push([['sector'], (d) => any(f.sector, values(s.sector, 'sector', d))]);
  if (f.instrument.length) tests.push([['instrument'], (d) => f.instrument.includes(code('instrument', s.instrument[d]))]);
  if (f.theme.length) tests.push([['theme'], (d) => any(f.theme, values(s.theme, 'theme', d))]);
  if (f.ghg.length) tests.push([['ghg'], (d) => any(f.ghg, values(s.ghg, 'ghg', d))]);
  if (f.status.length) tests.push([['status'], (d) => f.status.includes(code('status', s.status[d]))]);
  if (f.kind.length) tests.push([['kind'], (d) => f.kind.includes(code('kind', s.kind[d]))]);
  if (f.issuer.length) tests.push([['issuer'], (d) => any(f.issuer, values(s.issuer, 'issuer', d))]);
  if (from || to) tests.push([['year'], (d) => s.issuedDay[d] !== NO_DAY && (!from || s.issuedDay[d] >= dayOf(from)) && (!to || s.issuedDay[d] <= dayOf(to))]);
  if (f.hasTargets !== undefined) tests.push([[], (d) => (s.hasTargets[d] === 1) === f.hasTargets]);
  if (f.targetMetric.length || f.targetYear.length) {
    tests.push([['targetMetric', 'targetYear'], (d) => pairs(d).some((p) => metricOk(p.metric) && yearOk(p.year))]);
  }
  const inText = candidates ? new Set(candidates) : null;
  const pool = Array.from({ length: s.size }, (_, d) => d).filter((d) => !inText || inText.has(d));
  const docs = pool.filter((d) => tests.every(([, t]) => t(d)));
  const selectedProvinces = new Set(f.region.filter((r) => /^\d{2}/.test(r)).map((r) => `${r.slice(0, 2)}0000`));
  const facets = {} as Record<FacetName, Record<string, number>>;
  for (const facet of FACETS) {
    const counts: Record<string, number> = {};
    const add = (v: string) => v && (counts[v] = (counts[v] ?? 0) + 1);
    for (const d of pool.filter((d) => tests.every(([names, t]) => names.includes(facet) || t(d)))) {
      if (facet === 'region') {
        add(code('region', s.province[d]));
        if (s.city[d] && selectedProvinces.has(code('region', s.province[d]))) add(code('region', s.city[d]));
      } else if (facet === 'sector' || facet === 'theme' || facet === 'ghg' || facet === 'issuer') values(s[facet], facet, d).forEach(add);
      else if (facet === 'targetMetric' || facet === 'targetYear') {
        // A target counts its metric where the year filter keeps it, and its year where the metric filter does.
        const [own, other, ok] = facet === 'targetMetric' ? (['metric', 'year', yearOk] as const) : (['year', 'metric', metricOk] as const);
        new Set(
          pairs(d)
            .filter((p) => ok(p[other]))
            .map((p) => p[own]),
        ).forEach(add);
      } else add(code(facet, (s[facet] as Uint16Array)[d]));
    }
    facets[facet] = counts;
  }
  return { docs, facets };
}

describe('match', () => {
  it('agrees with the doc-by-doc definition on random filters, text hits and facets', () => {
    const next = random(42);
    const s = snapshot(1500, next);
    for (let round = 0; round < 600; round++) {
      const f = randomFilters(next);
      // Text hits few (tested one by one against the filters) or many (marked like the filters' lists).
      const share = next() < 0.5 ? 0.3 : 0.01;
      const candidates = next() < 0.5 ? Int32Array.from(Array.from({ length: s.size }, (_, d) => d).filter(() => next() < share)) : null;
      const got = match(s, f, candidates, true);
      const want = reference(s, f, candidates);
      const context = JSON.stringify({ round, f, text: !!candidates });
      expect(Array.from(got.docs), context).toEqual(want.docs);
      for (const facet of FACETS) {
        const counted = Object.fromEntries(got.facets![facet].filter((v) => v.count > 0).map((v) => [v.value, v.count]));
        expect(counted, `${context} facet ${facet}`).toEqual(want.facets[facet]);
      }
    }
  });

  it("agrees on a lone filter of every kind, where the filter's own facet comes from whole-snapshot counts", () => {
    const next = random(7);
    const s = snapshot(1200, next);
    const none = randomFilters(() => 0.99);
    const lone: Partial<EntryFilters>[] = [
      { region: ['440000'] },
      { region: ['440000', '130100'], includeSubregions: true },
      { region: ['CN'] },
      { region: ['unknown'] },
      { level: ['city'] },
      { sector: ['energy'] },
      { sector: ['energy.power', 'industry'] },
      { instrument: ['standard'] },
      { theme: ['hydrogen'] },
      { ghg: ['ch4'] },
      { status: ['draft'] },
      { kind: ['report'] },
      { issuer: ['ndrc', 'mee'] },
      { issuedFrom: '2020' },
      { issuedTo: '2021-06-30' },
      { hasTargets: true },
      { hasTargets: false },
      { targetMetric: ['carbon_intensity'] },
      { targetYear: ['2025', '2060'] },
      { targetMetric: ['non_fossil_share', 'co2_emissions'], targetYear: ['2030'] },
      { targetMetric: ['unknown'] },
    ];
    for (const one of lone) {
      const f = { ...none, ...one };
      const got = match(s, f, null, true);
      const want = reference(s, f, null);
      expect(Array.from(got.docs), JSON.stringify(one)).toEqual(want.docs);
      for (const facet of FACETS) {
        const counted = Object.fromEntries(got.facets![facet].filter((v) => v.count > 0).map((v) => [v.value, v.count]));
        expect(counted, `${JSON.stringify(one)} facet ${facet}`).toEqual(want.facets[facet]);
      }
    }
  });

  it('sector codes select their children (the snapshot stores every ancestor)', () => {
    const s = buildSnapshot('1:1', [[1, '440000', 'provincial', 'policy', 'in_force', '', NO_DAY, 0, 'industry.steel', '', '', '', ''].join('\u001f')], []);
    expect(Array.from(match(s, { ...randomFilters(() => 0.99), sector: ['industry'] }, null, false).docs)).toEqual([0]);
  });

  it('takes the sector tree from the terms as admins nest them, not from the shape of codes', () => {
    const term = (code: string, parent: string | null): TermRow => ({
      taxonomy: 'sector',
      code,
      parent_code: parent,
      label_en: code,
      label_zh: code,
      keywords: [],
    });
    const terms = [term('energy', null), term('ccus', 'energy'), term('industry', null), term('industry.steel', 'energy')];
    const row = (key: number, sectors: string) => [key, '440000', 'provincial', 'policy', 'in_force', '', NO_DAY, 0, sectors, '', '', '', ''].join('\u001f');
    const s = buildSnapshot('1:1', [row(1, 'ccus'), row(2, 'industry.steel'), row(3, 'industry')], terms);
    const none = randomFilters(() => 0.99);
    expect(Array.from(match(s, { ...none, sector: ['energy'] }, null, false).docs)).toEqual([0, 1]);
    expect(Array.from(match(s, { ...none, sector: ['industry'] }, null, false).docs)).toEqual([2]);
    const facet = match(s, none, null, true).facets!.sector;
    expect(Object.fromEntries(facet.map((v) => [v.value, v.count]))).toEqual({ energy: 2, ccus: 1, 'industry.steel': 1, industry: 1 });
  });

  it("needs one target to have both the metric and the year asked for, and counts each side under the other's selection", () => {
    const row = (key: number, pairs: string) => [key, '440000', 'provincial', 'policy', 'in_force', '', NO_DAY, 0, '', '', '', '', pairs].join('\u001f');
    const s = buildSnapshot(
      '1:1',
      [
        row(1, 'carbon_intensity:2025,non_fossil_share:2030'),
        row(2, 'carbon_intensity:2030'),
        row(3, 'non_fossil_share:2025,non_fossil_share:2030'),
        row(4, ''),
      ],
      [],
    );
    const none = randomFilters(() => 0.99);
    const both = match(s, { ...none, targetMetric: ['carbon_intensity'], targetYear: ['2030'] }, null, true);
    expect(Array.from(both.docs)).toEqual([1]);
    // Under targetYear=2030 the metric facet counts 2030 targets only; under carbon_intensity the year facet its years.
    expect(both.facets!.targetMetric).toEqual(counts(['non_fossil_share', 2], ['carbon_intensity', 1]));
    expect(both.facets!.targetYear).toEqual(counts(['2025', 1], ['2030', 1]));
    const year = match(s, { ...none, targetYear: ['2025'] }, null, true);
    expect(Array.from(year.docs)).toEqual([0, 2]);
    expect(year.facets!.targetMetric).toEqual(counts(['carbon_intensity', 1], ['non_fossil_share', 1]));
    expect(year.facets!.targetYear).toEqual(counts(['2025', 2], ['2030', 3]));
    expect(Array.from(match(s, { ...none, hasTargets: false }, null, false).docs)).toEqual([3]);
  });
});
