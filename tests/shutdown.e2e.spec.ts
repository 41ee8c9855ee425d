import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from './support/app';

const databaseUrl = inject('databaseUrl');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/**
 * A rolling deploy stops replicas while readers are mid-request: a second instance of the built app on
 * the same database, under keep-alive load, gets SIGTERM. Every request it had received must still be
 * answered (no 5xx from pools closed under it) and it must exit cleanly.
 */
describe('shutdown under load', () => {
  it('answers every request it took before it exits 0', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const { flags } = JSON.parse(readFileSync(join(REPO_ROOT, 'apps/api/node-flags.json'), 'utf8')) as { flags: string[] };
    const child = spawn(process.execPath, [...flags, join(REPO_ROOT, 'apps/api/dist/main.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
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
    expect(statuses.filter((s) => s >= 500), stderr).toEqual([]);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toMatch(/Cannot use a pool after calling end/);
    expect(refused + answeredAfterSignal).toBeGreaterThan(0);
  }, 60_000);
});
