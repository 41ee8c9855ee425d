import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ENTRIES_DIR, startSearchApp } from './search-seed';

/** The newsletter-era seed entries (fixtures/newsletter-seed), read straight from disk: the expected counts are computed here, independently of the API. */
interface Seed {
  slug: string;
  kind: string;
  jurisdiction: string;
  level: string;
  sectors?: string[];
  instrumentType?: string;
  themes?: string[];
  ghgs?: string[];
  status?: string;
  issuingBodies?: string[];
  issuedOn?: string;
  targets?: { metric: string; targetYear: number }[];
}
const SEED: Seed[] = readdirSync(SEED_ENTRIES_DIR).map((f) => JSON.parse(readFileSync(join(SEED_ENTRIES_DIR, f), 'utf8')));

type Query = Record<string, string>;
const FACET_KEYS = ['region', 'level', 'sector', 'instrument', 'theme', 'ghg', 'status', 'kind', 'issuer', 'year', 'targetMetric', 'targetYear'] as const;
const province = (code: string) => (/^\d{6}/.test(code) ? `${code.slice(0, 2)}0000` : 'CN');
const paths = (codes: string[]) => [...new Set(codes.flatMap((c) => c.split('.').map((_, i, p) => p.slice(0, i + 1).join('.'))))];

/** The targets whose metric and year the query selects (an unselected side takes any). */
const selectedTargets = (e: Seed, q: Query, ignore?: 'metric' | 'year') =>
  (e.targets ?? []).filter(
    (t) =>
      (ignore === 'metric' || !q.targetMetric || q.targetMetric.split(',').includes(t.metric)) &&
      (ignore === 'year' || !q.targetYear || q.targetYear.split(',').includes(String(t.targetYear))),
  );

/** The facet values of an entry; a target facet counts under the other side's selection. */
function valuesOf(e: Seed, key: (typeof FACET_KEYS)[number], q: Query): string[] {
  switch (key) {
    case 'targetMetric':
      return [...new Set(selectedTargets(e, q, 'metric').map((t) => t.metric))];
    case 'targetYear':
      return [...new Set(selectedTargets(e, q, 'year').map((t) => String(t.targetYear)))];
    case 'region':
      return [province(e.jurisdiction)];
    case 'level':
      return [e.level];
    case 'sector':
      return paths(e.sectors ?? []);
    case 'instrument':
      return e.instrumentType ? [e.instrumentType] : [];
    case 'theme':
      return e.themes ?? [];
    case 'ghg':
      return e.ghgs ?? [];
    case 'status':
      return [e.status ?? 'in_force'];
    case 'kind':
      return [e.kind];
    case 'issuer':
      return e.issuingBodies ?? [];
    case 'year':
      return e.issuedOn ? [e.issuedOn.slice(0, 4)] : [];
  }
}

/** Does a seed entry pass one filter of the query? (`year` stands for issuedFrom/issuedTo.) */
function passes(e: Seed, key: string, q: Query): boolean {
  const list = (k: string) => q[k].split(',');
  if (key === 'region') {
    const sub = q.includeSubregions !== 'false';
    return list('region').some(
      (c) => c === e.jurisdiction || (sub && c !== 'CN' && (c.endsWith('0000') ? province(e.jurisdiction) === c : e.jurisdiction.startsWith(c))),
    );
  }
  if (key === 'year')
    return !!e.issuedOn && (!q.issuedFrom || e.issuedOn >= q.issuedFrom) && (!q.issuedTo || e.issuedOn.slice(0, q.issuedTo.length) <= q.issuedTo);
  if (key === 'hasTargets') return (q.hasTargets === 'true') === (e.targets ?? []).length > 0;
  if (key === 'target') return selectedTargets(e, q).length > 0;
  return valuesOf(e, key as (typeof FACET_KEYS)[number], q).some((v) => list(key).includes(v));
}

/** Filters as the facets see them: issuedFrom/To is the year facet's, targetMetric with targetYear one filter on a target. */
const filterOf = (k: string) => (k === 'issuedFrom' || k === 'issuedTo' ? 'year' : k === 'targetMetric' || k === 'targetYear' ? 'target' : k);
const activeKeys = (q: Query) => [...new Set(Object.keys(q).map(filterOf))].filter((k) => k !== 'includeSubregions');

function expected(q: Query) {
  const keys = activeKeys(q);
  const matching = (except?: string) => SEED.filter((e) => keys.every((k) => k === except || passes(e, k, q)));
  const facets: Record<string, Record<string, number>> = {};
  for (const key of FACET_KEYS) {
    const counts: Record<string, number> = {};
    for (const e of matching(filterOf(key))) for (const v of valuesOf(e, key, q)) counts[v] = (counts[v] ?? 0) + 1;
    facets[key] = counts;
  }
  return { total: matching().length, facets };
}

const QUERIES: Query[] = [
  {},
  { region: '440000' },
  { region: '440000', includeSubregions: 'false' },
  { region: 'CN' },
  { region: '440300,130000' },
  { level: 'city' },
  { level: 'provincial,city' },
  { sector: 'industry' },
  { sector: 'industry.steel' },
  { sector: 'energy,finance' },
  { instrument: 'plan' },
  { theme: 'adaptation' },
  { ghg: 'ch4' },
  { status: 'in_force' },
  { status: 'expired' },
  { kind: 'report' },
  { issuer: 'igdp' },
  { issuedFrom: '2023' },
  { issuedTo: '2022-12-31' },
  { hasTargets: 'true' },
  { hasTargets: 'false' },
  { region: '440000', sector: 'energy.hydrogen' },
  { level: 'provincial', theme: 'adaptation', hasTargets: 'true' },
  { sector: 'energy', kind: 'policy', ghg: 'co2', region: '150000,460000' },
  { targetYear: '2025' },
  { targetMetric: 'carbon_intensity' },
  { targetMetric: 'carbon_intensity', targetYear: '2030' },
  { targetMetric: 'carbon_intensity,hydrogen_refueling_stations', targetYear: '2025,2030', level: 'provincial,city' },
  { targetYear: '2025', region: '440000' },
];

describe('GET /api/entries: every filter and facet count against the seed data', () => {
  let t: Awaited<ReturnType<typeof startSearchApp>>;
  beforeAll(async () => {
    t = await startSearchApp();
  });
  afterAll(() => t?.close());

  it.each(QUERIES.map((q) => [new URLSearchParams(q).toString() || '(no filters)', q] as const))('%s', async (_name, q) => {
    const res = await t
      .http()
      .get('/api/entries')
      .query({ ...q, pageSize: '100' })
      .expect(200);
    const want = expected(q);
    expect(res.body.total).toBe(want.total);
    expect(res.body.items).toHaveLength(want.total);
    for (const key of FACET_KEYS) {
      const got = Object.fromEntries(
        (res.body.facets[key] as { value: string; count: number }[])
          .filter((v) => v.count > 0 && !(key === 'region' && !v.value.endsWith('0000') && v.value !== 'CN'))
          .map((v) => [v.value, v.count]),
      );
      expect(got, key).toEqual(want.facets[key]);
    }
  });

  it('lists the cities of a selected province in the region facet, and selected values even at 0', async () => {
    const res = await t.http().get('/api/entries').query({ region: '440000' }).expect(200);
    const region = Object.fromEntries(res.body.facets.region.map((v: { value: string; count: number }) => [v.value, v.count]));
    expect(region).toMatchObject({ '440000': 2, '440300': 1, '441900': 1, CN: 14 });
    expect(res.body.facets.level).toEqual([{ value: 'city', count: 2 }]);
    const year = await t.http().get('/api/entries').query({ targetYear: '2099' }).expect(200);
    expect(year.body).toMatchObject({ total: 0, facets: { targetYear: expect.arrayContaining([{ value: '2099', count: 0 }]) } });
    const none = await t.http().get('/api/entries').query({ status: 'expired' }).expect(200);
    expect(none.body.total).toBe(0);
    expect(none.body.facets.status).toEqual([
      { value: 'in_force', count: 31 },
      { value: 'expired', count: 0 },
    ]);
  });
});
