import { describe, expect, it } from 'vitest';
import { FreshRead } from './fresh-read';

/** A read whose result is the value of `state` when the read *started*, finishing when released. */
function controlledReads() {
  const state = { value: 0, started: 0 };
  const pending: (() => void)[] = [];
  const read = () => {
    state.started++;
    const seen = state.value;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  };
  const finishOne = async () => {
    pending.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { state, read, finishOne };
}

describe('FreshRead', () => {
  it('shares one read among callers that arrive before it starts, and never returns a value read before a call', async () => {
    const { state, read, finishOne } = controlledReads();
    const fresh = new FreshRead(read);
    const first = fresh.get();
    state.value = 1; // a commit after the first read started
    const second = fresh.get();
    const third = fresh.get();
    expect(state.started).toBe(1);
    await finishOne();
    expect(await first).toBe(0);
    expect(state.started).toBe(2); // the joiners' read starts only now
    await finishOne();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
  });

  it('starts afresh after a failed read', async () => {
    let calls = 0;
    const fresh = new FreshRead(async () => {
      calls++;
      if (calls === 1) throw new Error('db down');
      return calls;
    });
    const a = fresh.get();
    const b = fresh.get();
    await expect(a).rejects.toThrow('db down');
    expect(await b).toBe(2);
    expect(await fresh.get()).toBe(3);
  });
});
