import { issuedRange, provinceOf, type EntryFilters } from '@dualcarbon/domain';
import { FACETS, NO_DAY, type Csr, type Dict, type FacetName, type Snapshot } from './snapshot';

export interface FacetValue {
  value: string;
  count: number;
}
export type Facets = Record<FacetName, FacetValue[]>;

interface Filter {
  /** The facet this filter belongs to (its own selection is ignored when counting that facet). */
  facet: FacetName | null;
  test(doc: number): boolean;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** Dict ids of the selected codes as a lookup table; unknown codes select nothing. */
function selection(dict: Dict, codes: readonly string[]): Uint8Array {
  const sel = new Uint8Array(dict.values.length);
  for (const c of codes) {
    const id = dict.find(c);
    if (id > 0) sel[id] = 1;
  }
  return sel;
}

const scalar = (facet: FacetName, field: Uint16Array, sel: Uint8Array): Filter => ({ facet, test: (d) => sel[field[d]] === 1 });
const multi = (facet: FacetName, field: Csr, sel: Uint8Array): Filter => ({
  facet,
  test: (d) => {
    for (let i = field.offsets[d]; i < field.offsets[d + 1]; i++) if (sel[field.values[i]] === 1) return true;
    return false;
  },
});

/**
 * region: CN selects national entries; a province selects itself and, with includeSubregions, its cities
 * and zones; a city selects itself and its zones; a zone selects itself.
 */
function regionFilter(s: Snapshot, f: EntryFilters): Filter {
  const dict = s.dicts.region;
  const exact = selection(dict, f.region);
  const provinces = selection(dict, f.includeSubregions ? f.region.filter((c) => /^\d{2}0000$/.test(c)) : []);
  const cities = selection(dict, f.includeSubregions ? f.region.filter((c) => /^\d{6}$/.test(c) && !c.endsWith('0000')) : []);
  return {
    facet: 'region',
    test: (d) => exact[s.jurisdiction[d]] === 1 || provinces[s.province[d]] === 1 || cities[s.city[d]] === 1,
  };
}

export function compileFilters(s: Snapshot, f: EntryFilters): Filter[] {
  const out: Filter[] = [];
  if (f.region.length) out.push(regionFilter(s, f));
  if (f.level.length) out.push(scalar('level', s.level, selection(s.dicts.level, f.level)));
  if (f.sector.length) out.push(multi('sector', s.sector, selection(s.dicts.sector, f.sector)));
  if (f.instrument.length) out.push(scalar('instrument', s.instrument, selection(s.dicts.instrument, f.instrument)));
  if (f.theme.length) out.push(multi('theme', s.theme, selection(s.dicts.theme, f.theme)));
  if (f.ghg.length) out.push(multi('ghg', s.ghg, selection(s.dicts.ghg, f.ghg)));
  if (f.status.length) out.push(scalar('status', s.status, selection(s.dicts.status, f.status)));
  if (f.kind.length) out.push(scalar('kind', s.kind, selection(s.dicts.kind, f.kind)));
  if (f.issuer.length) out.push(multi('issuer', s.issuer, selection(s.dicts.issuer, f.issuer)));
  const { from, to } = issuedRange(f);
  if (from || to) {
    const lo = from ? dayOf(from) : NO_DAY + 1;
    const hi = to ? dayOf(to) : 2 ** 31 - 1;
    out.push({ facet: 'year', test: (d) => s.issuedDay[d] !== NO_DAY && s.issuedDay[d] >= lo && s.issuedDay[d] <= hi });
  }
  if (f.hasTargets !== undefined) {
    const want = f.hasTargets ? 1 : 0;
    out.push({ facet: null, test: (d) => s.hasTargets[d] === want });
  }
  return out;
}

export interface MatchResult {
  /** Matching docs, in doc (id) order. */
  docs: Int32Array;
  facets: Facets | null;
}

/**
 * One pass over the candidates: a doc failing no filter is a result and counts in every facet; a doc
 * failing exactly one filter counts only in that filter's facet (standard faceted search: each facet
 * is counted with the other filters applied). `candidates` limits the pass to text hits.
 */
export function match(s: Snapshot, f: EntryFilters, candidates: Int32Array | null, withFacets: boolean): MatchResult {
  const filters = compileFilters(s, f);
  const n = candidates ? candidates.length : s.size;
  let docs: Int32Array;
  const nearMiss: number[][] = filters.map(() => []);
  if (!filters.length) {
    docs = candidates ?? Int32Array.from({ length: n }, (_, i) => i);
  } else {
    const hits: number[] = [];
    for (let i = 0; i < n; i++) {
      const d = candidates ? candidates[i] : i;
      let failed = -1;
      let fails = 0;
      for (let k = 0; k < filters.length && fails < 2; k++) {
        if (!filters[k].test(d)) {
          fails++;
          failed = k;
        }
      }
      if (fails === 0) hits.push(d);
      else if (fails === 1 && withFacets) nearMiss[failed].push(d);
    }
    docs = Int32Array.from(hits);
  }
  if (!withFacets) return { docs, facets: null };
  const counts = facetCounters(s);
  const cities = selectedProvinces(s, f);
  for (const facet of FACETS) countInto(s, counts[facet], facet, docs, cities);
  filters.forEach((filter, k) => {
    if (filter.facet && nearMiss[k].length) countInto(s, counts[filter.facet], filter.facet, nearMiss[k], cities);
  });
  return { docs, facets: toFacets(s, counts, f) };
}

type Counters = Record<FacetName, Int32Array>;

function facetCounters(s: Snapshot): Counters {
  return Object.fromEntries(FACETS.map((name) => [name, new Int32Array(s.dicts[name].values.length)])) as Counters;
}

/** Provinces whose cities the region facet lists: those of the selected regions. */
function selectedProvinces(s: Snapshot, f: EntryFilters): Uint8Array {
  const codes = f.region.map((c) => provinceOf(c.slice(0, 6))?.code ?? (/^\d{2}/.test(c) ? `${c.slice(0, 2)}0000` : ''));
  return selection(s.dicts.region, codes);
}

function countScalar(counter: Int32Array, field: Uint16Array, docs: ArrayLike<number>) {
  for (let i = 0; i < docs.length; i++) counter[field[docs[i]]]++;
}

function countMulti(counter: Int32Array, field: Csr, docs: ArrayLike<number>) {
  const { offsets, values } = field;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    for (let j = offsets[d]; j < offsets[d + 1]; j++) counter[values[j]]++;
  }
}

/** Tight loops per facet over a list of docs. */
function countInto(s: Snapshot, counter: Int32Array, facet: FacetName, docs: ArrayLike<number>, cities: Uint8Array) {
  switch (facet) {
    case 'region':
      countScalar(counter, s.province, docs);
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (s.city[d] && cities[s.province[d]]) counter[s.city[d]]++;
      }
      return;
    case 'level': return countScalar(counter, s.level, docs);
    case 'instrument': return countScalar(counter, s.instrument, docs);
    case 'status': return countScalar(counter, s.status, docs);
    case 'kind': return countScalar(counter, s.kind, docs);
    case 'year': return countScalar(counter, s.year, docs);
    case 'sector': return countMulti(counter, s.sector, docs);
    case 'theme': return countMulti(counter, s.theme, docs);
    case 'ghg': return countMulti(counter, s.ghg, docs);
    case 'issuer': return countMulti(counter, s.issuer, docs);
  }
}

const SELECTED: Partial<Record<FacetName, keyof EntryFilters>> = {
  region: 'region', level: 'level', sector: 'sector', instrument: 'instrument', theme: 'theme', ghg: 'ghg', status: 'status', kind: 'kind', issuer: 'issuer',
};

/** Values with a count, plus selected values (with 0) so a client can show what is selected; most frequent first, years newest first. */
function toFacets(s: Snapshot, c: Counters, f: EntryFilters): Facets {
  const out = {} as Facets;
  for (const name of FACETS) {
    const dict = s.dicts[name];
    const list: FacetValue[] = [];
    c[name].forEach((count, id) => {
      if (id > 0 && count > 0) list.push({ value: dict.values[id], count });
    });
    const key = SELECTED[name];
    for (const value of key ? (f[key] as string[]) : []) if (!list.some((v) => v.value === value)) list.push({ value, count: 0 });
    list.sort(name === 'year' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value));
    out[name] = list;
  }
  return out;
}
