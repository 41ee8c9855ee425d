import type { Sort } from '@dualcarbon/domain';
import type { Snapshot, SortOrder } from './snapshot';

/**
 * Matching docs in the requested order, every order ending in the id (doc number) tie-break:
 * relevance by score; the others by walking the snapshot's precomputed permutation.
 */
export function orderDocs(s: Snapshot, docs: Int32Array, sort: Sort | 'published', score?: Float32Array): Int32Array {
  if (sort === 'relevance' && score) {
    return Int32Array.from(docs).sort((a, b) => score[b] - score[a] || a - b);
  }
  const order = s.order[(sort === 'relevance' ? 'newest' : sort) as SortOrder];
  if (docs.length === s.size) return order;
  const wanted = new Uint8Array(s.size);
  for (const d of docs) wanted[d] = 1;
  const out = new Int32Array(docs.length);
  let n = 0;
  for (let i = 0; i < order.length && n < out.length; i++) if (wanted[order[i]]) out[n++] = order[i];
  return out;
}

export const keysOf = (s: Snapshot, docs: ArrayLike<number>): number[] => Array.from(docs, (d) => s.key[d]);
