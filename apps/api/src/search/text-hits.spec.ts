import { describe, expect, it } from 'vitest';
import { int32Pairs } from './text-hits';

/** (key, score) pairs as PostgreSQL's int4send writes them: big-endian, eight bytes a pair. */
function bytea(pairs: [number, number][]): Buffer {
  const b = Buffer.alloc(pairs.length * 8);
  pairs.forEach(([k, s], i) => {
    b.writeInt32BE(k, i * 8);
    b.writeInt32BE(s, i * 8 + 4);
  });
  return b;
}

describe('int32Pairs', () => {
  it('reads the big-endian pairs of a text match, whatever the buffer offset', () => {
    const pairs: [number, number][] = [
      [1, 0],
      [70_000, 1_234_567],
      [2_147_483_647, -5],
      [0, 999],
    ];
    expect([...int32Pairs(bytea(pairs))]).toEqual(pairs.flat());
    // pg may hand over a slice of a larger buffer, not aligned to four bytes.
    const shifted = Buffer.concat([Buffer.from([9]), bytea(pairs)]).subarray(1);
    expect(shifted.byteOffset % 4).not.toBe(0);
    expect([...int32Pairs(shifted)]).toEqual(pairs.flat());
  });

  it('is empty without hits and ignores a trailing partial pair', () => {
    expect(int32Pairs(null)).toHaveLength(0);
    expect([...int32Pairs(Buffer.concat([bytea([[5, 6]]), Buffer.from([1, 2, 3])]))]).toEqual([5, 6]);
  });
});
