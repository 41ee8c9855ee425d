import { issuedRange, provinceOf, type EntryFilters } from '@dualcarbon/domain';
import { lowerBound, postingIndex, postingsOf, type PostingIndex, type Postings } from './postings';
import { FACETS, NO_DAY, type Csr, type Dict, type FacetName, type Snapshot, type TargetPairs } from './snapshot';

export interface FacetValue {
  value: string;
  count: number;
}
export type Facets = Record<FacetName, FacetValue[]>;

/** One active filter: the docs it lets through are the union of `lists`, those for which `test` holds. */
interface Filter {
  /** The facets this filter belongs to (its own selection is ignored when counting them). */
  facets: FacetName[];
  lists: Int32Array[];
  /** The same set, one doc at a time: cheaper than the lists when only a few text hits need checking. */
  test: (d: number) => boolean;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** Dict ids of the selected codes as a lookup table; unknown codes select nothing. */
function selection(dict: Dict, codes: readonly string[]): Uint8Array {
  const sel = new Uint8Array(dict.values.length);
  for (const id of ids(dict, codes)) sel[id] = 1;
  return sel;
}

/** Dict ids of the selected codes; unknown codes select nothing. */
const ids = (dict: Dict, codes: readonly string[]) => codes.map((c) => dict.find(c)).filter((id) => id > 0);

function scalarTest(field: Uint16Array, sel: Uint8Array) {
  return (d: number) => sel[field[d]] === 1;
}

function multiTest({ offsets, values }: Csr, sel: Uint8Array) {
  return (d: number) => {
    for (let j = offsets[d]; j < offsets[d + 1]; j++) if (sel[values[j]] === 1) return true;
    return false;
  };
}

const byValue = (facet: FacetName, p: Postings, dict: Dict, codes: readonly string[], field: Uint16Array | Csr): Filter => {
  const sel = selection(dict, codes);
  return {
    facets: [facet],
    lists: ids(dict, codes).map((id) => postingsOf(p, id)),
    test: field instanceof Uint16Array ? scalarTest(field, sel) : multiTest(field, sel),
  };
};

/**
 * region: CN selects national entries; a province selects itself and, with includeSubregions, its cities
 * and zones; a city selects itself and its zones; a zone selects itself.
 */
function regionFilter(s: Snapshot, x: PostingIndex, f: EntryFilters): Filter {
  const dict = s.dicts.region;
  const provinces = f.includeSubregions ? f.region.filter((c) => /^\d{2}0000$/.test(c)) : [];
  const cities = f.includeSubregions ? f.region.filter((c) => /^\d{6}$/.test(c) && !c.endsWith('0000')) : [];
  const [jur, prov, city] = [selection(dict, f.region), selection(dict, provinces), selection(dict, cities)];
  return {
    facets: ['region'],
    lists: [
      ...ids(dict, f.region).map((id) => postingsOf(x.jurisdiction, id)),
      ...ids(dict, provinces).map((id) => postingsOf(x.province, id)),
      ...ids(dict, cities).map((id) => postingsOf(x.city, id)),
    ],
    test: (d) => jur[s.jurisdiction[d]] === 1 || prov[s.province[d]] === 1 || city[s.city[d]] === 1,
  };
}

/** A doc has a target whose metric and year are both selected (an unselected side takes any value). */
function pairTest({ offsets, metric, year }: TargetPairs, metrics: Uint8Array | null, years: Uint8Array | null) {
  return (d: number) => {
    for (let j = offsets[d]; j < offsets[d + 1]; j++) if ((!metrics || metrics[metric[j]] === 1) && (!years || years[year[j]] === 1)) return true;
    return false;
  };
}

/** The target selection of a query as lookup tables (null: that side is not selected). */
function targetSelection(s: Snapshot, f: EntryFilters) {
  return {
    metrics: f.targetMetric.length ? selection(s.dicts.targetMetric, f.targetMetric) : null,
    years: f.targetYear.length ? selection(s.dicts.targetYear, f.targetYear) : null,
  };
}

/**
 * targetMetric and targetYear are one filter: both must hold for the same target. Each facet is counted
 * with the other side's selection only (see countInto), so it belongs to both facets.
 */
function targetFilter(s: Snapshot, x: PostingIndex, f: EntryFilters): Filter {
  const { metrics, years } = targetSelection(s, f);
  const test = pairTest(s.targetPairs, metrics, years);
  const byMetric = ids(s.dicts.targetMetric, f.targetMetric).map((id) => postingsOf(x.targetMetric, id));
  const byYear = ids(s.dicts.targetYear, f.targetYear).map((id) => postingsOf(x.targetYear, id));
  let lists = metrics ? byMetric : byYear;
  if (metrics && years) {
    // The lists of either side hold docs whose metric and year sit on different targets: keep the exact ones.
    const seen = new Set<number>();
    for (const list of listsSize(byMetric) <= listsSize(byYear) ? byMetric : byYear) for (let i = 0; i < list.length; i++) if (test(list[i])) seen.add(list[i]);
    lists = [Int32Array.from(seen).sort()];
  }
  return { facets: ['targetMetric', 'targetYear'], lists, test };
}

export function compileFilters(s: Snapshot, f: EntryFilters): Filter[] {
  const x = postingIndex(s);
  const d = s.dicts;
  const out: Filter[] = [];
  if (f.region.length) out.push(regionFilter(s, x, f));
  if (f.level.length) out.push(byValue('level', x.level, d.level, f.level, s.level));
  if (f.sector.length) out.push(byValue('sector', x.sector, d.sector, f.sector, s.sector));
  if (f.instrument.length) out.push(byValue('instrument', x.instrument, d.instrument, f.instrument, s.instrument));
  if (f.theme.length) out.push(byValue('theme', x.theme, d.theme, f.theme, s.theme));
  if (f.ghg.length) out.push(byValue('ghg', x.ghg, d.ghg, f.ghg, s.ghg));
  if (f.status.length) out.push(byValue('status', x.status, d.status, f.status, s.status));
  if (f.kind.length) out.push(byValue('kind', x.kind, d.kind, f.kind, s.kind));
  if (f.issuer.length) out.push(byValue('issuer', x.issuer, d.issuer, f.issuer, s.issuer));
  const { from, to } = issuedRange(f);
  if (from || to) {
    const lo = from ? lowerBound(x.days, dayOf(from)) : 0;
    const hi = to ? lowerBound(x.days, dayOf(to) + 1) : x.days.length;
    const [first, last] = [from ? dayOf(from) : -Infinity, to ? dayOf(to) : Infinity];
    const days = s.issuedDay;
    out.push({ facets: ['year'], lists: [x.byDay.subarray(lo, Math.max(lo, hi))], test: (d) => days[d] !== NO_DAY && days[d] >= first && days[d] <= last });
  }
  if (f.hasTargets !== undefined) {
    const want = f.hasTargets ? 1 : 0;
    out.push({ facets: [], lists: [f.hasTargets ? x.withTargets : x.withoutTargets], test: (d) => s.hasTargets[d] === want });
  }
  if (f.targetMetric.length || f.targetYear.length) out.push(targetFilter(s, x, f));
  return out;
}

export interface MatchResult {
  /** Matching docs, in doc (id) order. */
  docs: Int32Array;
  facets: Facets | null;
}

const globalCounts = new WeakMap<Snapshot, Counters>();
const allDocs = (s: Snapshot) => Int32Array.from({ length: s.size }, (_, d) => d);

/** Facet counts over every doc of a snapshot (the landing page, and a lone filter's own facet). */
function countsOfAll(s: Snapshot): Counters {
  let counts = globalCounts.get(s);
  if (!counts) {
    counts = facetCounters(s);
    const all = allDocs(s);
    const ctx: CountContext = { cities: new Uint8Array(s.dicts.region.values.length), targetMetrics: null, targetYears: null };
    for (const facet of FACETS) countInto(s, counts[facet], facet, all, ctx);
    globalCounts.set(s, counts);
  }
  return counts;
}

/**
 * Each filter (and the text, when there is one) sets its bit on the docs of its lists; a doc with
 * every bit is a result and counts in every facet, a doc missing exactly one filter's bit counts only
 * in that filter's facet (standard faceted search: each facet is counted with the other filters
 * applied). The cost is the lists' lengths plus one pass over a bit mask, not a test per doc and filter.
 */
export function match(s: Snapshot, f: EntryFilters, candidates: Int32Array | null, withFacets: boolean): MatchResult {
  const filters = compileFilters(s, f);
  if (!filters.length) {
    const docs = candidates ?? Int32Array.from({ length: s.size }, (_, i) => i);
    if (!withFacets) return { docs, facets: null };
    return { docs, facets: toFacets(s, candidates ? countAll(s, docs, countContext(s, f)) : countsOfAll(s), f) };
  }
  const bits = filters.length + (candidates ? 1 : 0);
  const full = (1 << bits) - 1;
  const hits: number[] = [];
  const nearMiss: number[][] = filters.map(() => []);
  // A lone filter's own facet is counted over every doc (kept per snapshot), so only its results matter.
  const lone = bits === 1;
  const classify = (d: number, m: number) => {
    if (m === full) hits.push(d);
    else if (withFacets && !lone && m !== 0) {
      const missing = full ^ m;
      if ((missing & (missing - 1)) === 0) {
        const k = 31 - Math.clz32(missing);
        if (k < filters.length) nearMiss[k].push(d);
      }
    }
  };
  const listWork = filters.reduce((n, x) => n + listsSize(x.lists), 0);
  if (candidates && candidates.length * filters.length < listWork) {
    // Few text hits against long lists (a broad sector, say): test each hit instead of marking the lists.
    const textBit = 1 << filters.length;
    for (let i = 0; i < candidates.length; i++) {
      const d = candidates[i];
      let m = textBit;
      for (let k = 0; k < filters.length; k++) if (filters[k].test(d)) m |= 1 << k;
      classify(d, m);
    }
  } else {
    const mask = scratchMask(s, bits);
    filters.forEach((filter, k) => {
      const bit = 1 << k;
      for (const list of filter.lists) for (let i = 0; i < list.length; i++) mask[list[i]] |= bit;
    });
    if (candidates) {
      const bit = 1 << filters.length;
      for (let i = 0; i < candidates.length; i++) mask[candidates[i]] |= bit;
    }
    const visit = (d: number) => {
      const m = mask[d];
      mask[d] = 0; // looked at: a doc in several lists of a filter counts once
      classify(d, m);
    };
    // Every result and every near miss worth counting is a text hit, when there is text (the text's own
    // near misses are not counted); else it is in the lists of the two smallest filters (a near miss of
    // the smallest passes the second). Those are walked, not every doc.
    const bySize = filters.map((x) => x.lists).sort((a, b) => listsSize(a) - listsSize(b));
    const walk = candidates ? [[candidates]] : bySize.slice(0, lone ? 1 : 2);
    for (const lists of walk) for (const list of lists) for (let i = 0; i < list.length; i++) visit(list[i]);
    mask.fill(0); // the walk zeroed what it visited; bits outside it remain
  }
  const docs = Int32Array.from(hits).sort();
  if (!withFacets) return { docs, facets: null };
  const ctx = countContext(s, f);
  const counts = countAll(s, docs, ctx);
  filters.forEach((filter, k) => {
    for (const facet of filter.facets) {
      if (!lone) {
        if (nearMiss[k].length) countInto(s, counts[facet], facet, nearMiss[k], ctx);
        continue;
      }
      if ((facet === 'targetMetric' && ctx.targetYears) || (facet === 'targetYear' && ctx.targetMetrics)) {
        // Counted with the other side's selection: over every doc, not the unfiltered counts.
        counts[facet].fill(0);
        countInto(s, counts[facet], facet, allDocs(s), ctx);
        continue;
      }
      counts[facet].set(countsOfAll(s)[facet]);
      // The region facet also lists the cities of the selected provinces, over all their docs.
      if (facet === 'region') {
        const index = postingIndex(s);
        ctx.cities.forEach((selected, province) => {
          if (!selected) return;
          const docsOf = postingsOf(index.province, province);
          for (let i = 0; i < docsOf.length; i++) if (s.city[docsOf[i]]) counts.region[s.city[docsOf[i]]]++;
        });
      }
    }
  });
  return { docs, facets: toFacets(s, counts, f) };
}

const masks = new WeakMap<Snapshot, { narrow: Uint8Array; wide?: Uint16Array }>();

/**
 * A zeroed bit mask over the snapshot's docs, shared by every match on it: match() runs without
 * awaiting and leaves it zeroed, so allocating (and collecting) 100 KB per search is spared.
 */
function scratchMask(s: Snapshot, bits: number): Uint8Array | Uint16Array {
  let m = masks.get(s);
  if (!m) masks.set(s, (m = { narrow: new Uint8Array(s.size) }));
  if (bits <= 8) return m.narrow;
  return (m.wide ??= new Uint16Array(s.size));
}

const listsSize = (lists: Int32Array[]) => lists.reduce((n, l) => n + l.length, 0);

/** What counting needs from the query: whose cities the region facet lists, and the target selection. */
interface CountContext {
  cities: Uint8Array;
  targetMetrics: Uint8Array | null;
  targetYears: Uint8Array | null;
}

function countContext(s: Snapshot, f: EntryFilters): CountContext {
  const { metrics, years } = targetSelection(s, f);
  return { cities: selectedProvinces(s, f), targetMetrics: metrics, targetYears: years };
}

function countAll(s: Snapshot, docs: Int32Array, ctx: CountContext): Counters {
  const counts = facetCounters(s);
  for (const facet of FACETS) countInto(s, counts[facet], facet, docs, ctx);
  return counts;
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

/**
 * Per doc, each distinct value of one side of its targets whose other side is selected: with targetYear=2025
 * the metric facet counts the metrics of 2025 targets only. `seen` keeps a value counted once per doc.
 */
function countPairs(counter: Int32Array, pairs: TargetPairs, side: 'metric' | 'year', other: Uint8Array, docs: ArrayLike<number>) {
  const values = pairs[side];
  const others = side === 'metric' ? pairs.year : pairs.metric;
  const seen = new Int32Array(counter.length).fill(-1);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    for (let j = pairs.offsets[d]; j < pairs.offsets[d + 1]; j++) {
      const v = values[j];
      if (other[others[j]] === 1 && seen[v] !== d) {
        seen[v] = d;
        counter[v]++;
      }
    }
  }
}

/** Tight loops per facet over a list of docs. */
function countInto(s: Snapshot, counter: Int32Array, facet: FacetName, docs: ArrayLike<number>, ctx: CountContext) {
  const cities = ctx.cities;
  switch (facet) {
    case 'targetMetric':
      return ctx.targetYears ? countPairs(counter, s.targetPairs, 'metric', ctx.targetYears, docs) : countMulti(counter, s.targetMetric, docs);
    case 'targetYear':
      return ctx.targetMetrics ? countPairs(counter, s.targetPairs, 'year', ctx.targetMetrics, docs) : countMulti(counter, s.targetYear, docs);
    case 'region':
      countScalar(counter, s.province, docs);
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (s.city[d] && cities[s.province[d]]) counter[s.city[d]]++;
      }
      return;
    case 'level':
    case 'instrument':
    case 'status':
    case 'kind':
    case 'year':
      return countScalar(counter, s[facet], docs);
    case 'sector':
    case 'theme':
    case 'ghg':
    case 'issuer':
      return countMulti(counter, s[facet], docs);
  }
}

const SELECTED: Partial<Record<FacetName, keyof EntryFilters>> = {
  region: 'region',
  level: 'level',
  sector: 'sector',
  instrument: 'instrument',
  theme: 'theme',
  ghg: 'ghg',
  status: 'status',
  kind: 'kind',
  issuer: 'issuer',
  targetMetric: 'targetMetric',
  targetYear: 'targetYear',
};

const BY_ORDER: Partial<Record<FacetName, (a: FacetValue, b: FacetValue) => number>> = {
  year: (a, b) => b.value.localeCompare(a.value),
  targetYear: (a, b) => a.value.localeCompare(b.value),
};

/**
 * Values with a count, plus selected values (with 0) so a client can show what is selected; most frequent
 * first, issue years newest first, target years soonest first.
 */
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
    list.sort(BY_ORDER[name] ?? ((a, b) => b.count - a.count || a.value.localeCompare(b.value)));
    out[name] = list;
  }
  return out;
}
