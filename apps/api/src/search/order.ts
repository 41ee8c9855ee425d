import type { Sort } from '@dualcarbon/domain';
import type { Snapshot, SortOrder } from './snapshot';

/** Doc numbers fit in 21 bits of a packed sort key (2M entries); beyond that the comparator sort is used. */
const DOC_BITS = 2 ** 21;
/** Scores are kept to a millionth in packed keys; ties then fall to the doc number, as in the comparator. */
const SCORE_STEPS = 1_000_000;

const ranks = new WeakMap<Int32Array, Int32Array>();

/** rank[d] = position of doc d in a permutation (computed once per permutation). */
function rankOf(order: Int32Array): Int32Array {
  let rank = ranks.get(order);
  if (!rank) {
    rank = new Int32Array(order.length);
    for (let i = 0; i < order.length; i++) rank[order[i]] = i;
    ranks.set(order, rank);
  }
  return rank;
}

/** Scored docs: `scores[i]` is the score of `docs[i]`, docs in ascending order. */
export interface Scored {
  candidates: Int32Array;
  scores: Float32Array;
}

/** The score of each of `docs` (a subset of the candidates, both ascending): one merge walk. */
function scoresOf(docs: Int32Array, scored: Scored): Float32Array {
  const out = new Float32Array(docs.length);
  const { candidates, scores } = scored;
  for (let i = 0, j = 0; i < docs.length; i++) {
    while (j < candidates.length && candidates[j] < docs[i]) j++;
    out[i] = j < candidates.length && candidates[j] === docs[i] ? scores[j] : 0;
  }
  return out;
}

/** Highest score first, then doc number: one native numeric sort of packed keys instead of a comparator. */
function byScore(docs: Int32Array, scored: Scored, size: number): Int32Array {
  const score = scoresOf(docs, scored);
  if (size > DOC_BITS) {
    const at = Array.from(docs.keys());
    return Int32Array.from(
      at.sort((a, b) => score[b] - score[a] || docs[a] - docs[b]),
      (i) => docs[i],
    );
  }
  let top = 0;
  for (let i = 0; i < docs.length; i++) top = Math.max(top, score[i]);
  const ceiling = Math.ceil(top * SCORE_STEPS);
  const keys = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) keys[i] = (ceiling - Math.round(score[i] * SCORE_STEPS)) * DOC_BITS + docs[i];
  keys.sort();
  const out = new Int32Array(docs.length);
  for (let i = 0; i < keys.length; i++) out[i] = keys[i] % DOC_BITS;
  return out;
}

/**
 * Matching docs in the requested order, every order ending in the id (doc number) tie-break:
 * relevance by score; the others by the snapshot's precomputed permutation — walked when most docs
 * match, else the matches' positions in it are sorted.
 */
export function orderDocs(s: Snapshot, docs: Int32Array, sort: Sort | 'published', scored?: Scored): Int32Array {
  if (sort === 'relevance' && scored) return byScore(docs, scored, s.size);
  const order = s.order[(sort === 'relevance' ? 'newest' : sort) as SortOrder];
  if (docs.length === s.size) return order;
  if (docs.length * 16 < s.size) {
    const rank = rankOf(order);
    const positions = new Int32Array(docs.length);
    for (let i = 0; i < docs.length; i++) positions[i] = rank[docs[i]];
    positions.sort();
    for (let i = 0; i < positions.length; i++) positions[i] = order[positions[i]];
    return positions;
  }
  const wanted = new Uint8Array(s.size);
  for (const d of docs) wanted[d] = 1;
  const out = new Int32Array(docs.length);
  let n = 0;
  for (let i = 0; i < order.length && n < out.length; i++) if (wanted[order[i]]) out[n++] = order[i];
  return out;
}

export const keysOf = (s: Snapshot, docs: ArrayLike<number>): number[] => Array.from(docs, (d) => s.key[d]);
