import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { spawnBuiltApp } from './support/built-app';

const databaseUrl = inject('databaseUrl');
const TOKEN = 'cluster-test-metrics-token';

/** GET on a new connection each time (a kept-alive one may belong to the worker just killed). */
const fresh = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = get(url, { agent: false, headers, timeout: 10_000 }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (c: string) => (body += c))
        .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer in 10 s: ${url}`))).on('error', reject);
  });

/** The worker processes of a supervisor (its child processes). */
const childrenOf = (pid: number): number[] => {
  const file = `/proc/${pid}/task/${pid}/children`;
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
};

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    const value = await probe();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * WEB_CONCURRENCY=2: one supervisor, two HTTP workers on one port. A worker that dies is replaced
 * while the other keeps answering; a scrape of the metrics covers both workers; SIGTERM stops all.
 */
describe('several worker processes', () => {
  it('serves from two workers, replaces one that dies, sums their metrics and stops cleanly', async () => {
    const app = await spawnBuiltApp(databaseUrl, { WEB_CONCURRENCY: '2', METRICS_TOKEN: TOKEN });
    const { base, child: supervisor, exited } = app;
    try {
      await until('the banner', () => (app.output().includes('(2 worker processes)') ? true : undefined), 60_000);
      const workers = childrenOf(supervisor.pid!);
      expect(workers).toHaveLength(2);

      const search = async (i: number) => (await fresh(`${base}/api/entries?q=${encodeURIComponent(`peaking ${i}`)}`)).status;
      expect(await Promise.all(Array.from({ length: 10 }, (_, i) => search(i)))).toEqual(Array(10).fill(200));

      // One worker dies: once the supervisor has seen it go, the other answers while a replacement starts.
      process.kill(workers[0], 'SIGKILL');
      await until('the supervisor to see the worker go', () => (childrenOf(supervisor.pid!).includes(workers[0]) ? undefined : true));
      expect(await Promise.all(Array.from({ length: 10 }, (_, i) => search(100 + i)))).toEqual(Array(10).fill(200));
      const replaced = await until('a replacement worker', () => {
        const now = childrenOf(supervisor.pid!);
        return now.length === 2 && !now.includes(workers[0]) ? now : undefined;
      });
      expect(replaced).toContain(workers[1]);
      await until('the new worker to answer', async () => ((await search(200)) === 200 ? true : undefined));

      // Whichever worker takes the scrape, the counts are the sum over the workers alive.
      const metrics = await until('a scrape', async () => {
        const res = await fresh(`${base}/api/observability/metrics`, { Authorization: `Bearer ${TOKEN}` });
        return res.status === 200 ? res.body : undefined;
      });
      const builds = metrics.match(/^dualcarbon_build_info\{[^}]*\} (\d+)$/m);
      expect(builds?.[1]).toBe('1');
      expect(metrics).toMatch(/^dualcarbon_http_requests_total\{method="GET",route="\/api\/entries",status_code="200"\} \d+$/m);
    } finally {
      supervisor.kill('SIGTERM');
    }
    expect(await exited, app.output()).toBe(0);
    expect(childrenOf(supervisor.pid!)).toEqual([]);
  }, 120_000);
});
