import { termLineage } from '@dualcarbon/domain';
import type { DataSource } from 'typeorm';
import { readRows } from '../database/pg-pool';
import { postingIndex, postingsOf } from './postings';
import { docOf, VERSION_EXPR, type Snapshot } from './snapshot';
import { matchTerms, type TextQuery } from './text-query';

export interface TextHits {
  query: TextQuery;
  /** Docs the text or a named term matched, in doc order. */
  candidates: Int32Array;
  /**
   * Relevance of each candidate (same positions): 1 + ts_rank for direct hits, 0.5 for entries found
   * only through their sectors or themes. Kept per candidate, not per doc, so many queries can stay cached.
   */
  scores: Float32Array;
}

/** Score of an entry found only through a sector or theme the query names: below every direct hit. */
const TERM_SCORE = 0.5;

/**
 * Direct hits, ranked by PostgreSQL: English through the stemmed `search_vector`, Chinese through the
 * bigram `search_cjk`, with the version of public data the statement saw (see `readTextMatch`). The
 * SQL is fixed text; the query travels only as parameters.
 */
export function directHitSql(q: TextQuery): { sql: string; params: string[] } | null {
  const params: string[] = [];
  const conds: string[] = [];
  const ranks: string[] = [];
  if (q.english) {
    params.push(q.english);
    const tsq = `websearch_to_tsquery('english', $${params.length})`;
    conds.push(`e.search_vector @@ ${tsq}`);
    ranks.push(`ts_rank(e.search_vector, ${tsq})`);
  }
  if (q.cjk) {
    params.push(q.cjk);
    const tsq = `$${params.length}::tsquery`;
    conds.push(`e.search_cjk @@ ${tsq}`);
    ranks.push(`ts_rank(e.search_cjk, ${tsq})`);
  }
  if (!conds.length) return null;
  return {
    sql: `
      SELECT ${VERSION_EXPR} AS v, string_agg(int4send(m.search_key) || int4send(m.score), ''::bytea) AS hits FROM (
        SELECT e.search_key, round((${ranks.join(' + ')}) * 1000000)::int AS score
        FROM entries e
        WHERE e.workflow_status = 'published' AND e.deleted_at IS NULL AND (${conds.join(' OR ')})
      ) m`,
    params,
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The text match's (key, score) pairs — big-endian int32s in one bytea — as native int32s: one copy
 * and one byte swap of the whole buffer, instead of two bounds-checked reads per hit.
 */
export function int32Pairs(bytes: Buffer | null): Int32Array {
  const n = bytes ? (bytes.length >> 3) * 2 : 0;
  const out = new Int32Array(n);
  if (!n) return out;
  const view = Buffer.from(out.buffer, 0, n * 4);
  bytes!.copy(view, 0, 0, n * 4);
  if (LITTLE_ENDIAN) view.swap32();
  return out;
}

/** The codes none of whose ancestors is also named: a parent's postings already hold its children's entries. */
function outermost(codes: string[], parents: Map<string, string | null>): string[] {
  if (codes.length < 2) return codes;
  const named = new Set(codes);
  return codes.filter(
    (code) =>
      !termLineage(parents, code)
        .slice(1)
        .some((a) => named.has(a)),
  );
}

/** One zeroed score per doc, reused by every text match on a snapshot (and zeroed again after use). */
const scratch = new WeakMap<Snapshot, Float32Array>();

/** What PostgreSQL found for a query: the pairs, and the version of public data they were read at. */
export interface TextMatch {
  query: TextQuery;
  /** The public data version the statement saw (null when the query has no text to match). */
  version: string | null;
  hits: Buffer | null;
}

/**
 * Runs the text match. Its statement reads the public data version too, in the same snapshot, so a
 * match started before the request's version was known can be checked against it (SearchService).
 */
export async function readTextMatch(db: DataSource, query: TextQuery): Promise<TextMatch> {
  const direct = directHitSql(query);
  if (!direct) return { query, version: null, hits: null };
  const [row] = await readRows<{ v: string; hits: Buffer | null }>(db, direct.sql, direct.params);
  return { query, version: row.v, hits: row.hits };
}

/** The candidates and scores of a text match on a snapshot, with the entries tagged with a term the query names. */
export function textHitsOf(s: Snapshot, { query, hits }: TextMatch): TextHits {
  // Nothing here awaits, so the shared scratch array is ours alone.
  let score = scratch.get(s);
  if (!score) scratch.set(s, (score = new Float32Array(s.size)));
  // Cross-language: entries tagged with a sector (or a child of it) or theme the query names.
  const sectors = outermost(matchTerms(query, s.terms.sectors), s.terms.sectorParents);
  const themes = matchTerms(query, s.terms.themes);
  // The snapshot lists every ancestor of an entry's sectors, so a sector's postings include its children's entries.
  const index = postingIndex(s);
  const tagged = [
    ...sectors.map((code) => postingsOf(index.sector, s.dicts.sector.find(code))),
    ...themes.map((code) => postingsOf(index.theme, s.dicts.theme.find(code))),
  ];
  const pairs = int32Pairs(hits);
  const found = new Int32Array(pairs.length / 2 + tagged.reduce((n, docs) => n + docs.length, 0));
  let count = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const d = docOf(s, pairs[i]);
    if (d < 0) continue;
    if (score[d] === 0) found[count++] = d;
    score[d] = 1 + pairs[i + 1] / 1_000_000;
  }
  for (const docs of tagged) {
    for (let i = 0; i < docs.length; i++) {
      if (score[docs[i]] === 0) {
        score[docs[i]] = TERM_SCORE;
        found[count++] = docs[i];
      }
    }
  }
  // In doc order: sorted when few, collected by one pass over the scores when many (cheaper than sorting 30k).
  let candidates: Int32Array;
  if (count * 16 > s.size) {
    candidates = new Int32Array(count);
    for (let d = 0, i = 0; d < s.size; d++) if (score[d] !== 0) candidates[i++] = d;
  } else candidates = found.slice(0, count).sort();
  const scores = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    scores[i] = score[candidates[i]];
    score[candidates[i]] = 0;
  }
  return { query, candidates, scores };
}
