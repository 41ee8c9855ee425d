import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { coalesceWrites } from './coalesce-writes.middleware';

/** A response whose write/end only record what reaches them. */
function fakeResponse(downstreamFull = false) {
  const writes: string[] = [];
  const ends: unknown[][] = [];
  const res = {
    write(chunk: Buffer, cb?: () => void) {
      writes.push(chunk.toString());
      cb?.();
      return !downstreamFull;
    },
    end(...args: unknown[]) {
      ends.push(args.map((a) => (Buffer.isBuffer(a) ? a.toString() : a)));
      (args.find((a) => typeof a === 'function') as (() => void) | undefined)?.();
      return res;
    },
  };
  coalesceWrites(res as unknown as ServerResponse, 10);
  return { res: res as unknown as ServerResponse, writes, ends };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('coalesceWrites', () => {
  it('passes the small writes of one turn on as one chunk', async () => {
    const { res, writes } = fakeResponse();
    expect(res.write('a')).toBe(true);
    res.write(Buffer.from('b'));
    res.write('ç', 'utf8');
    expect(writes).toEqual([]);
    await tick();
    expect(writes).toEqual(['abç']);
  });

  it('passes a chunk on as soon as it is full, keeping backpressure', () => {
    const { res, writes } = fakeResponse(true);
    expect(res.write('12345')).toBe(true);
    expect(res.write('67890x')).toBe(false);
    expect(writes).toEqual(['1234567890x']);
  });

  it('ends with whatever waits, then calls every callback', async () => {
    const { res, writes, ends } = fakeResponse();
    const called: string[] = [];
    res.write('ab', () => called.push('write'));
    res.end('cd', () => called.push('end'));
    await tick();
    expect(writes).toEqual([]);
    expect(ends).toEqual([['abcd', expect.any(Function)]]);
    expect(called).toEqual(['write', 'end']);
  });

  it('leaves one-shot responses alone', () => {
    const { res, ends } = fakeResponse();
    res.end('{"a":1}', 'utf8');
    expect(ends).toEqual([['{"a":1}', 'utf8']]);
  });
});
