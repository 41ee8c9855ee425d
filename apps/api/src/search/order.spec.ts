import { describe, expect, it } from 'vitest';
import { orderDocs } from './order';
import { buildSnapshot, NO_DAY } from './snapshot';

const snapshot = (days: number[]) =>
  buildSnapshot(
    '1:1',
    days.map((day, d) => [d + 1, 'CN', 'national', 'policy', 'in_force', '', day, 1_700_000_000_000 + d, '', '', '', '', 0].join('\u001f')),
    [],
  );

describe('orderDocs', () => {
  const days = Array.from({ length: 400 }, (_, d) => (d % 7 === 0 ? NO_DAY : 19_000 + ((d * 37) % 101)));
  const s = snapshot(days);
  const newest = Array.from(s.order.newest);

  it('orders a few matches as the full permutation does (sorted positions) and many the same (walk)', () => {
    for (const every of [2, 50]) {
      const docs = Int32Array.from(Array.from({ length: s.size }, (_, d) => d).filter((d) => d % every === 0));
      const want = newest.filter((d) => d % every === 0);
      expect(Array.from(orderDocs(s, docs, 'newest'))).toEqual(want);
    }
  });

  it('ranks by score, highest first, ties by doc number', () => {
    const byDoc = new Map([
      [5, 0.5],
      [9, 1.25],
      [3, 1.25],
      [120, 1.000001],
      [77, 0.5],
      [8, 2],
      [200, 3],
    ]);
    const candidates = Int32Array.from([...byDoc.keys()].sort((a, b) => a - b));
    const scored = { candidates, scores: Float32Array.from(candidates, (d) => byDoc.get(d)!) };
    // Doc 200 is a text hit the filters left out: it is not in the result.
    const docs = Int32Array.from([3, 5, 8, 9, 77, 120]);
    expect(Array.from(orderDocs(s, docs, 'relevance', scored))).toEqual([8, 3, 9, 120, 5, 77]);
  });
});
