import { describe, expect, it } from 'vitest';
import { RequestVersion } from './request-version';

describe('RequestVersion', () => {
  it('takes a supplied version without reading, and settles on it', async () => {
    let reads = 0;
    const v = new RequestVersion(async () => `read-${++reads}`);
    v.supply('7:3');
    expect(await v.get()).toBe('7:3');
    expect(await v.settled).toBe('7:3');
    expect(reads).toBe(0);
  });

  it('reads once when asked first, and then ignores a supplied version', async () => {
    let reads = 0;
    const v = new RequestVersion(async () => `read-${++reads}`);
    expect(await v.get()).toBe('read-1');
    v.supply('7:3');
    expect(await v.get()).toBe('read-1');
    expect(await v.settled).toBe('read-1');
    expect(reads).toBe(1);
  });

  it('settles only once the version is known, and fails as the read failed', async () => {
    const v = new RequestVersion(() => Promise.reject(new Error('database away')));
    let settled = false;
    void v.settled.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    await expect(v.get()).rejects.toThrow('database away');
    await expect(v.settled).rejects.toThrow('database away');
  });
});
