import { parentMap, SEARCH_FACETS, SECTORS, termLineage, THEMES, type SearchFacet, type Term } from '@dualcarbon/domain';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { readRows } from '../database/pg-pool';
import { execute, rowsOf, type Queryable } from '../database/sql';

/** Facets the search response counts, in response order: the answer schema's. */
export const FACETS = SEARCH_FACETS;
export type FacetName = SearchFacet;

/** Values of one field as small integers; index 0 is reserved for "none". */
export class Dict {
  readonly values: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.index.set(value, id);
    }
    return id;
  }
  /** A dictionary holding `values` (index 0 being ''), as another Dict listed them. */
  static of(values: readonly string[]): Dict {
    const dict = new Dict();
    for (let i = 1; i < values.length; i++) dict.id(values[i]);
    return dict;
  }

  /** The id of a known value, or -1. */
  find(value: string): number {
    return this.index.get(value) ?? -1;
  }
}

/** A multi-valued field: doc d's values are values[offsets[d]..offsets[d+1]). */
export interface Csr {
  offsets: Uint32Array;
  values: Uint16Array;
}

/** Each doc's distinct (metric, target year) pairs: doc d's are [offsets[d], offsets[d+1]) of `metric` and `year` (dict ids). */
export interface TargetPairs {
  offsets: Uint32Array;
  metric: Uint16Array;
  year: Uint16Array;
}

export type SortOrder = 'newest' | 'oldest' | 'title' | 'published';

/**
 * A compact, read-only copy of the published entries' filterable fields. Doc numbers are positions in
 * id order, so comparing doc numbers is the id tie-break. `region` holds jurisdictions, provinces and
 * cities in one dictionary ("CN" is the province of national entries).
 */
export interface Snapshot {
  version: string;
  size: number;
  key: Int32Array;
  /** Doc number of each search key (-1: not in this snapshot); keys are a dense identity, so an array beats a map. */
  docOfKey: Int32Array;
  jurisdiction: Uint16Array;
  province: Uint16Array;
  city: Uint16Array;
  level: Uint16Array;
  kind: Uint16Array;
  status: Uint16Array;
  instrument: Uint16Array;
  year: Uint16Array;
  issuedDay: Int32Array;
  hasTargets: Uint8Array;
  sector: Csr;
  theme: Csr;
  ghg: Csr;
  issuer: Csr;
  /** Distinct metrics and years of each doc's targets (filters and facet counts when the other side is not selected). */
  targetMetric: Csr;
  targetYear: Csr;
  /** The same targets as pairs: "a 2025 carbon-intensity target" needs both on one target. */
  targetPairs: TargetPairs;
  /** Permutations of doc numbers; `published` is newest published first (feeds). */
  order: Record<SortOrder, Int32Array>;
  dicts: Record<FacetName, Dict>;
  /** Sector and theme terms as the database has them (labels and keywords for cross-language matches). */
  /**
   * Sector and theme terms as the database has them (labels and keywords for cross-language matches;
   * the domain's own lists when the database has none), and each sector's parent.
   */
  terms: { sectors: readonly Term[]; themes: readonly Term[]; sectorParents: Map<string, string | null> };
}

export const NO_DAY = -2_147_483_648;

const PUBLIC = `e.workflow_status = 'published' AND e.deleted_at IS NULL`;

/** Field and record separators of the load query's one text value (never in codes). */
const FS = '\u001f';
const RS = '\u001e';

/**
 * Every published entry as one record of one text value, in id order (fast to transfer and split,
 * unlike 100k rows of a dozen fields).
 */
const LOAD_SQL = `
  SELECT string_agg(concat_ws(chr(31), e.search_key, e.jurisdiction, e.level, e.kind, e.policy_status, coalesce(e.instrument_type, ''),
           coalesce(e.issued_on - DATE '1970-01-01', ${NO_DAY}), (extract(epoch FROM coalesce(e.published_at, e.updated_at)) * 1000)::bigint,
           array_to_string(e.sectors, ','), array_to_string(e.themes, ','), array_to_string(e.ghgs, ','), array_to_string(e.issuing_bodies, ','),
           coalesce(t.pairs, '')), chr(30) ORDER BY e.id) AS records
  FROM entries e
  LEFT JOIN (SELECT entry_id, string_agg(DISTINCT metric || ':' || target_year, ',') AS pairs FROM entry_targets GROUP BY entry_id) t ON t.entry_id = e.id
  WHERE ${PUBLIC}`;

/** Search keys in title order, read the first time a title sort is asked for. */
export const TITLE_ORDER_SQL = `
  SELECT string_agg(e.search_key::text, ',' ORDER BY lower(coalesce(e.title_en, e.title_zh)), e.id) AS by_title
  FROM entries e
  WHERE ${PUBLIC}`;

/** Current sector and theme terms (retired and merged ones left out: no public entry carries them). */
const TERMS_SQL = `
  SELECT taxonomy, code, parent_code, label_en, label_zh, keywords FROM taxonomy_terms
  WHERE taxonomy IN ('sector', 'theme') AND deleted_at IS NULL AND merged_into IS NULL ORDER BY taxonomy, sort, code`;

/** "(max id):(count)" of dc_search.changes: it changes whenever a change to public data commits. */
export const VERSION_EXPR = `(SELECT coalesce(max(id), 0) || ':' || count(*) FROM dc_search.changes)`;
export const VERSION_SQL = `SELECT ${VERSION_EXPR} AS v`;

/** The change log's position now ("<maxId>:<count>"): a prepared statement, read at most once a second per process. */
export const readSearchVersion = async (db: DataSource) => (await readRows<{ v: string }>(db, VERSION_SQL, [], { prepared: true }))[0].v;

/** Builds the target fields doc by doc from "metric:year,metric:year" (distinct pairs); each distinct text is parsed once. */
function targetBuilder(metrics: Dict, years: Dict) {
  const cache = new Map<string, { metrics: number[]; years: number[]; pairs: [number, number][] }>();
  const pairOffsets: number[] = [0];
  const pairMetric: number[] = [];
  const pairYear: number[] = [];
  const m = { offsets: [0], values: [] as number[] };
  const y = { offsets: [0], values: [] as number[] };
  return {
    add(text: string) {
      let parsed = cache.get(text);
      if (!parsed) {
        const pairs = split(text).map((p): [number, number] => {
          const i = p.lastIndexOf(':');
          return [metrics.id(p.slice(0, i)), years.id(p.slice(i + 1))];
        });
        parsed = { metrics: [...new Set(pairs.map((p) => p[0]))], years: [...new Set(pairs.map((p) => p[1]))], pairs };
        cache.set(text, parsed);
      }
      for (const [mi, yi] of parsed.pairs) {
        pairMetric.push(mi);
        pairYear.push(yi);
      }
      pairOffsets.push(pairMetric.length);
      for (const id of parsed.metrics) m.values.push(id);
      m.offsets.push(m.values.length);
      for (const id of parsed.years) y.values.push(id);
      y.offsets.push(y.values.length);
      return parsed.pairs.length > 0;
    },
    done: () => ({
      targetMetric: { offsets: Uint32Array.from(m.offsets), values: Uint16Array.from(m.values) },
      targetYear: { offsets: Uint32Array.from(y.offsets), values: Uint16Array.from(y.values) },
      targetPairs: { offsets: Uint32Array.from(pairOffsets), metric: Uint16Array.from(pairMetric), year: Uint16Array.from(pairYear) },
    }),
  };
}

/** Builds a CSR field doc by doc (docs come in order); each distinct list text is parsed once. */
function csrBuilder(dict: Dict, parse: (text: string) => string[]) {
  const cache = new Map<string, number[]>();
  const offsets: number[] = [0];
  const values: number[] = [];
  return {
    add(text: string) {
      let ids = cache.get(text);
      if (!ids) cache.set(text, (ids = parse(text).map((v) => dict.id(v))));
      for (const id of ids) values.push(id);
      offsets.push(values.length);
    },
    done: (): Csr => ({ offsets: Uint32Array.from(offsets), values: Uint16Array.from(values) }),
  };
}

const split = (s: string) => (s ? s.split(',') : []);
const provinceOf = (code: string) => (/^\d{6}/.test(code) ? `${code.slice(0, 2)}0000` : 'CN');
const cityOf = (code: string) => (/^\d{6}/.test(code) && code.slice(2, 6) !== '0000' ? code.slice(0, 6) : '');

/** What a snapshot is built from: the public rows as one text value, and the terms. */
export interface SnapshotSource {
  version: string;
  records: string | null;
  terms: TermRow[];
}

/** Reads the published rows and the terms in one consistent snapshot (REPEATABLE READ). */
export async function readSnapshotSource(client: PoolClient): Promise<SnapshotSource> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const version = (await client.query<{ v: string }>(VERSION_SQL)).rows[0].v;
    const { records } = (await client.query<{ records: string | null }>(LOAD_SQL)).rows[0];
    const terms = (await client.query(TERMS_SQL)).rows as TermRow[];
    await client.query('COMMIT');
    return { version, records, terms };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

export const snapshotOf = ({ version, records, terms }: SnapshotSource): Snapshot => buildSnapshot(version, records ? records.split(RS) : [], terms);

export interface TermRow {
  taxonomy: string;
  code: string;
  parent_code: string | null;
  label_en: string;
  label_zh: string;
  keywords: string[];
}

function termsOf(rows: TermRow[]): Snapshot['terms'] {
  const term = (t: TermRow): Term => ({ code: t.code, en: t.label_en, zh: t.label_zh, parent: t.parent_code ?? undefined, keywords: t.keywords });
  const of = (taxonomy: string, fallback: readonly Term[]) => {
    const list = rows.filter((t) => t.taxonomy === taxonomy).map(term);
    return list.length ? list : fallback;
  };
  const sectors = of('sector', SECTORS);
  return { sectors, themes: of('theme', THEMES), sectorParents: parentMap(sectors) };
}

export function buildSnapshot(version: string, records: string[], termRows: TermRow[]): Snapshot {
  const size = records.length;
  const dicts = {
    region: new Dict(),
    level: new Dict(),
    sector: new Dict(),
    instrument: new Dict(),
    theme: new Dict(),
    ghg: new Dict(),
    status: new Dict(),
    kind: new Dict(),
    issuer: new Dict(),
    year: new Dict(),
    targetMetric: new Dict(),
    targetYear: new Dict(),
  };
  const u16 = () => new Uint16Array(size);
  const s = {
    version,
    size,
    key: new Int32Array(size),
    jurisdiction: u16(),
    province: u16(),
    city: u16(),
    level: u16(),
    kind: u16(),
    status: u16(),
    instrument: u16(),
    year: u16(),
    issuedDay: new Int32Array(size),
    hasTargets: new Uint8Array(size),
    dicts,
  };
  const publishedMs = new Float64Array(size);
  const places = new Map<string, [number, number, number]>();
  const years = new Map<number, number>();
  const terms = termsOf(termRows);
  // Each entry is listed under its sectors and their ancestors, so a parent's postings hold its children's entries.
  const sector = csrBuilder(dicts.sector, (t) => [...new Set(split(t).flatMap((code) => termLineage(terms.sectorParents, code)))]);
  const theme = csrBuilder(dicts.theme, split);
  const ghg = csrBuilder(dicts.ghg, split);
  const issuer = csrBuilder(dicts.issuer, split);
  const targets = targetBuilder(dicts.targetMetric, dicts.targetYear);
  records.forEach((record, d) => {
    const [key, jur, level, kind, status, instrument, dayText, published, sectors, themes, ghgs, issuers, pairs] = record.split(FS);
    s.key[d] = Number(key);
    let place = places.get(jur);
    if (!place) places.set(jur, (place = [dicts.region.id(jur), dicts.region.id(provinceOf(jur)), dicts.region.id(cityOf(jur))]));
    [s.jurisdiction[d], s.province[d], s.city[d]] = place;
    s.level[d] = dicts.level.id(level);
    s.kind[d] = dicts.kind.id(kind);
    s.status[d] = dicts.status.id(status);
    s.instrument[d] = dicts.instrument.id(instrument);
    const day = Number(dayText);
    s.issuedDay[d] = day;
    let year = years.get(day);
    if (year === undefined) years.set(day, (year = day === NO_DAY ? 0 : dicts.year.id(String(new Date(day * 86_400_000).getUTCFullYear()))));
    s.year[d] = year;
    s.hasTargets[d] = targets.add(pairs ?? '') ? 1 : 0;
    publishedMs[d] = Number(published);
    sector.add(sectors);
    theme.add(themes);
    ghg.add(ghgs);
    issuer.add(issuers);
  });
  let maxKey = 0;
  for (let d = 0; d < size; d++) maxKey = Math.max(maxKey, s.key[d]);
  const docOfKey = new Int32Array(maxKey + 1).fill(-1);
  for (let d = 0; d < size; d++) docOfKey[s.key[d]] = d;
  const days = s.issuedDay;
  const docs = () => Int32Array.from({ length: size }, (_, d) => d);
  // Undated last in both directions, then publication time, then id (doc number).
  const undated = (a: number, b: number) => (days[a] === NO_DAY ? 1 : 0) - (days[b] === NO_DAY ? 1 : 0);
  const order: Record<SortOrder, Int32Array> = {
    newest: docs().sort((a, b) => undated(a, b) || days[b] - days[a] || publishedMs[b] - publishedMs[a] || a - b),
    oldest: docs().sort((a, b) => undated(a, b) || days[a] - days[b] || publishedMs[a] - publishedMs[b] || a - b),
    published: docs().sort((a, b) => publishedMs[b] - publishedMs[a] || a - b),
    title: new Int32Array(0), // filled by titleOrder() when first needed
  };
  return {
    ...s,
    docOfKey,
    sector: sector.done(),
    theme: theme.done(),
    ghg: ghg.done(),
    issuer: issuer.done(),
    ...targets.done(),
    order,
    terms,
  };
}

/** The doc number of a search key, or -1 when the snapshot does not hold it. */
export const docOf = (s: Snapshot, key: number): number => (key >= 0 && key < s.docOfKey.length ? s.docOfKey[key] : -1);

const titleOrders = new WeakMap<Snapshot, Promise<Int32Array>>();

/** The title order of a snapshot: read once (the snapshot service starts it right after a load). */
export function titleOrder(s: Snapshot, db: Queryable): Promise<Int32Array> {
  let pending = titleOrders.get(s);
  if (!pending) {
    pending = rowsOf<{ by_title: string | null }>(db, TITLE_ORDER_SQL).then(([{ by_title }]) => {
      const docs = (by_title ? by_title.split(',').map(Number) : []).map((k) => docOf(s, k)).filter((d) => d >= 0);
      // Entries published after this snapshot are not in it; entries gone since keep their place at the end.
      const seen = new Uint8Array(s.size);
      for (const d of docs) seen[d] = 1;
      for (let d = 0; d < s.size; d++) if (!seen[d]) docs.push(d);
      return (s.order.title = Int32Array.from(docs));
    });
    pending.catch(() => titleOrders.delete(s));
    titleOrders.set(s, pending);
  }
  return pending;
}

/**
 * Forgets change-log rows older than the snapshot's newest one. The newest row stays: the version
 * becomes "<maxId>:1", which no earlier state had.
 */
export const pruneChanges = (db: Queryable, keepFromId: number) => execute(db, 'DELETE FROM dc_search.changes WHERE id < $1', [keepFromId]);
