import { NO_DAY, type Csr, type Snapshot } from './snapshot';

/** Docs per value id: the docs with value v are docs[starts[v]..starts[v + 1]), in doc order. */
export interface Postings {
  starts: Uint32Array;
  docs: Int32Array;
}

/** Inverted lists of a snapshot's filterable fields: a filter costs the size of its lists, not of the snapshot. */
export interface PostingIndex {
  jurisdiction: Postings;
  province: Postings;
  city: Postings;
  level: Postings;
  kind: Postings;
  status: Postings;
  instrument: Postings;
  sector: Postings;
  theme: Postings;
  ghg: Postings;
  issuer: Postings;
  targetMetric: Postings;
  targetYear: Postings;
  /** Dated docs sorted by issue day (then doc), with their days: a date range is one slice. */
  byDay: Int32Array;
  days: Int32Array;
  withTargets: Int32Array;
  withoutTargets: Int32Array;
}

/** Counting sort of (value, doc) pairs; docs come out in doc order within each value. */
function invert(values: number, each: (visit: (doc: number, value: number) => void) => void): Postings {
  const starts = new Uint32Array(values + 1);
  each((_, v) => starts[v + 1]++);
  for (let v = 0; v < values; v++) starts[v + 1] += starts[v];
  const fill = starts.slice(0, values);
  const docs = new Int32Array(starts[values]);
  each((d, v) => (docs[fill[v]++] = d));
  return { starts, docs };
}

const scalar = (field: Uint16Array, values: number) =>
  invert(values, (visit) => {
    for (let d = 0; d < field.length; d++) visit(d, field[d]);
  });

const multi = (field: Csr, values: number, size: number) =>
  invert(values, (visit) => {
    for (let d = 0; d < size; d++) for (let i = field.offsets[d]; i < field.offsets[d + 1]; i++) visit(d, field.values[i]);
  });

function build(s: Snapshot): PostingIndex {
  const regions = s.dicts.region.values.length;
  const dated = [];
  for (let d = 0; d < s.size; d++) if (s.issuedDay[d] !== NO_DAY) dated.push(d);
  const byDay = Int32Array.from(dated).sort((a, b) => s.issuedDay[a] - s.issuedDay[b] || a - b);
  const withTargets: number[] = [];
  const withoutTargets: number[] = [];
  for (let d = 0; d < s.size; d++) (s.hasTargets[d] ? withTargets : withoutTargets).push(d);
  return {
    jurisdiction: scalar(s.jurisdiction, regions),
    province: scalar(s.province, regions),
    city: scalar(s.city, regions),
    level: scalar(s.level, s.dicts.level.values.length),
    kind: scalar(s.kind, s.dicts.kind.values.length),
    status: scalar(s.status, s.dicts.status.values.length),
    instrument: scalar(s.instrument, s.dicts.instrument.values.length),
    sector: multi(s.sector, s.dicts.sector.values.length, s.size),
    theme: multi(s.theme, s.dicts.theme.values.length, s.size),
    ghg: multi(s.ghg, s.dicts.ghg.values.length, s.size),
    issuer: multi(s.issuer, s.dicts.issuer.values.length, s.size),
    targetMetric: multi(s.targetMetric, s.dicts.targetMetric.values.length, s.size),
    targetYear: multi(s.targetYear, s.dicts.targetYear.values.length, s.size),
    byDay,
    days: byDay.map((d) => s.issuedDay[d]),
    withTargets: Int32Array.from(withTargets),
    withoutTargets: Int32Array.from(withoutTargets),
  };
}

const indexes = new WeakMap<Snapshot, PostingIndex>();

/** The posting index of a snapshot, built on first use (tens of milliseconds at 100k entries). */
export function postingIndex(s: Snapshot): PostingIndex {
  let index = indexes.get(s);
  if (!index) indexes.set(s, (index = build(s)));
  return index;
}

/** Attaches an index built elsewhere (on the snapshot builder's worker thread). */
export function adoptPostingIndex(s: Snapshot, index: PostingIndex): void {
  indexes.set(s, index);
}

/** The docs of one value id (empty for ids the field never had). */
export function postingsOf(p: Postings, id: number): Int32Array {
  return id > 0 && id + 1 < p.starts.length ? p.docs.subarray(p.starts[id], p.starts[id + 1]) : new Int32Array(0);
}

/** First index in sorted `a` whose value is ≥ x. */
export function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
