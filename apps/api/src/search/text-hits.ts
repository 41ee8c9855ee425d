import { SECTORS, THEMES } from '@dualcarbon/domain';
import type { DataSource } from 'typeorm';
import { readRows } from '../database/pg-pool';
import { postingIndex, postingsOf } from './postings';
import { docOf, type Snapshot } from './snapshot';
import { matchTerms, parseTextQuery, type TextQuery } from './text-query';

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
 * bigram `search_cjk`. The SQL is fixed text; the query travels only as parameters.
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
      SELECT string_agg(int4send(m.search_key) || int4send(m.score), ''::bytea) AS hits FROM (
        SELECT e.search_key, round((${ranks.join(' + ')}) * 1000000)::int AS score
        FROM entries e
        WHERE e.workflow_status = 'published' AND e.deleted_at IS NULL AND (${conds.join(' OR ')})
      ) m`,
    params,
  };
}

/** One zeroed score per doc, reused by every text match on a snapshot (and zeroed again after use). */
const scratch = new WeakMap<Snapshot, Float32Array>();

export async function findTextHits(db: DataSource, s: Snapshot, q: string): Promise<TextHits> {
  const query = parseTextQuery(q);
  const direct = directHitSql(query);
  const rows = direct ? await readRows<{ hits: Buffer | null }>(db, direct.sql, direct.params) : [];
  // From here to the end nothing awaits, so the shared scratch array is ours alone.
  let score = scratch.get(s);
  if (!score) scratch.set(s, (score = new Float32Array(s.size)));
  const found: number[] = [];
  // (key, score) pairs as big-endian int32s in one bytea: thousands of hits decode in well under a millisecond.
  const hits = rows[0]?.hits;
  for (let i = 0; hits && i + 8 <= hits.length; i += 8) {
    const d = docOf(s, hits.readInt32BE(i));
    if (d < 0) continue;
    if (score[d] === 0) found.push(d);
    score[d] = 1 + hits.readInt32BE(i + 4) / 1_000_000;
  }
  // Cross-language: entries tagged with a sector (or a child of it) or theme the query names.
  const sectors = matchTerms(query, s.terms.sectors.length ? s.terms.sectors : SECTORS);
  const themes = matchTerms(query, s.terms.themes.length ? s.terms.themes : THEMES);
  // The snapshot lists every ancestor of an entry's sectors, so a sector's postings include its children's entries.
  const index = postingIndex(s);
  const tagged = [
    ...sectors.map((code) => postingsOf(index.sector, s.dicts.sector.find(code))),
    ...themes.map((code) => postingsOf(index.theme, s.dicts.theme.find(code))),
  ];
  for (const docs of tagged) {
    for (let i = 0; i < docs.length; i++) {
      if (score[docs[i]] === 0) {
        score[docs[i]] = TERM_SCORE;
        found.push(docs[i]);
      }
    }
  }
  // In doc order: sorted when few, collected by one pass over the scores when many (cheaper than sorting 30k).
  let candidates: Int32Array;
  if (found.length * 16 > s.size) {
    candidates = new Int32Array(found.length);
    for (let d = 0, i = 0; d < s.size; d++) if (score[d] !== 0) candidates[i++] = d;
  } else candidates = Int32Array.from(found).sort();
  const scores = new Float32Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    scores[i] = score[candidates[i]];
    score[candidates[i]] = 0;
  }
  return { query, candidates, scores };
}
