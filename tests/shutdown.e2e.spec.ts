import { describe, expect, inject, it } from 'vitest';
import { spawnBuiltApp } from './support/built-app';

const databaseUrl = inject('databaseUrl');

/**
 * A rolling deploy stops replicas while readers are mid-request: a second instance of the built app on
 * the same database, under keep-alive load, gets SIGTERM. Every request it had received must still be
 * answered (no 5xx from pools closed under it) and it must exit cleanly.
 */
describe('shutdown under load', () => {
  it('answers every request it took before it exits 0', async () => {
    const app = await spawnBuiltApp(databaseUrl);
    const { base, child, exited } = app;
    for (let i = 0; i < 300; i++) {
      if ((await fetch(`${base}/api/health/live`).catch(() => null))?.ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    const statuses: number[] = [];
    let refused = 0;
    let sentSignal = false;
    let answeredAfterSignal = 0;
    let stop = false;
    // Searches for words nobody asked before: each one reaches the database (no cached answer).
    const reader = async (n: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${base}/api/entries?q=${encodeURIComponent(`carbon ${n} ${i}`)}&pageSize=100`);
          await res.arrayBuffer();
          statuses.push(res.status);
          if (sentSignal) answeredAfterSignal++;
        } catch {
          refused++; // a new connection after the server closed: a load balancer sends it elsewhere
          if (sentSignal) return;
        }
      }
    };
    const readers = Array.from({ length: 32 }, (_, n) => reader(n));
    await new Promise((r) => setTimeout(r, 1500));
    sentSignal = true;
    child.kill('SIGTERM');
    const code = await exited;
    stop = true;
    await Promise.all(readers);

    expect(statuses.length).toBeGreaterThan(50);
    expect(
      statuses.filter((s) => s >= 500),
      app.output(),
    ).toEqual([]);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(code, app.output()).toBe(0);
    expect(app.output()).not.toMatch(/Cannot use a pool after calling end/);
    expect(refused + answeredAfterSignal).toBeGreaterThan(0);
  }, 60_000);
});
