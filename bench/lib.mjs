// Helpers for the benchmarks: a throwaway database, the built API as a child process, autocannon
// runs, memory sampling from /proc, and the results table.
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { spawnUnseededApi } from '../tests/support/built-api.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The built domain package, as the API loads it: its region list and seeded PRNG serve the benchmarks too. */
export const domain = createRequire(join(root, 'apps/api/package.json'))('@dualcarbon/domain');
/** Every province-level region, as the synthetic generator spreads entries over them. */
export const PROVINCE_CODES = domain.REGIONS.filter((r) => r.kind === 'province').map((r) => r.code);

export const log = (msg) => process.stderr.write(`\x1b[36m›\x1b[0m ${msg}\n`);

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(serverUrl, sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database `dualcarbon_bench_<ts>` on the server; drop() removes it even with open connections. */
export async function createBenchDatabase(serverUrl) {
  const name = `dualcarbon_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  return { name, url: withDatabase(serverUrl, name), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * The database a benchmark runs on: a fresh one loaded with `count` synthetic entries, or, with
 * BENCH_REUSE_DB=<name> (a database an earlier run kept with BENCH_KEEP_DB=1), that one as it is.
 * `drop()` keeps it when BENCH_KEEP_DB=1 or when it was reused.
 */
export async function benchDatabase(serverUrl, count) {
  const reuse = process.env.BENCH_REUSE_DB;
  if (reuse) {
    log(`reusing database ${reuse} (BENCH_REUSE_DB)`);
    return { name: reuse, url: withDatabase(serverUrl, reuse), loadSeconds: 0, drop: async () => undefined };
  }
  const db = await createBenchDatabase(serverUrl);
  log(`loading ${count} synthetic entries into ${db.name}`);
  const t0 = performance.now();
  run(process.execPath, ['apps/api/dist/cli/seed-synthetic.js', '--count', String(count)], {
    env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
  });
  const loadSeconds = Number(((performance.now() - t0) / 1000).toFixed(1));
  const keep = process.env.BENCH_KEEP_DB === '1';
  if (keep) log(`keeping ${db.name}: rerun with BENCH_REUSE_DB=${db.name}`);
  return { ...db, loadSeconds, drop: keep ? async () => undefined : db.drop };
}

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** The built API (apps/api/dist/main.js) in production mode on a free port; resolves once /api/health answers. */
export async function startApi(databaseUrl, env = {}) {
  const { base, child } = await spawnUnseededApi(databaseUrl, env, ['ignore', 'ignore', 'inherit']);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * A rough speed of this machine's cores, to compare figures across machines: SHA-256 throughput of
 * one core in MB/s (the same host gives the same figure within a few percent; hosts here have differed
 * by 2.5× from one day to the next, and every benchmark figure with them).
 */
export function coreSpeed() {
  const buf = Buffer.alloc(64 * 1024 * 1024, 7);
  const t0 = performance.now();
  for (let i = 0; i < 3; i++) createHash('sha256').update(buf).digest();
  return Math.round((3 * 64) / ((performance.now() - t0) / 1000));
}

/** Resident set size of a process in bytes, from /proc/<pid>/status (VmRSS). */
export function rssOf(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** autocannon against one URL (or the paths `requests` draw); latencies in ms. Every non-2xx response counts as an error. */
export async function load(url, { connections = 32, duration = 10, amount, headers, requests } = {}) {
  const r = await autocannon({ url, connections, headers, requests, ...(amount ? { amount } : { duration }) });
  const failed = r.non2xx + r.errors + r.timeouts;
  return {
    connections,
    requests: r.requests.total,
    failed,
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: Number(r.latency.average.toFixed(2)),
    rps: Number(r.requests.average.toFixed(1)),
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  };
}

/** p50 and p99 (ms) of `n` sequential runs of fn. */
export async function timeSequential(fn, n) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const at = (q) => Number(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(2));
  return { runs: n, p50: at(0.5), p99: at(0.99), mean: Number((ms.reduce((a, b) => a + b, 0) / n).toFixed(2)) };
}

export function table(rows, columns) {
  const cells = [columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => String(c.get(r) ?? '–')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/**
 * The built API on a fresh bench database of `count` synthetic entries, for `measure(api, db)`: builds
 * the domain package and the API first; stops the API and drops the database afterwards (also on Ctrl-C).
 */
export async function withBenchApi(serverUrl, count, measure) {
  log('building the domain package, the API and the portal (its server build renders the pages)');
  run('pnpm', ['--filter', '@dualcarbon/domain', '--filter', '@dualcarbon/api', '--filter', '@dualcarbon/portal', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const db = await benchDatabase(serverUrl, count);
  log(`database ${db.name}`);
  let api;
  const stop = async () => {
    await api?.stop();
    await db.drop();
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    api = await startApi(db.url);
    log(`API pid ${api.pid} at ${api.base}`);
    return await measure(api, db);
  } finally {
    await stop();
  }
}

/** Writes a run's report to bench/results/<name>-<start time>.json and says where. */
export function writeResults(name, started, report) {
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const file = join(root, 'bench/results', `${name}-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`results: ${file}`);
}

/** Runs a bench's main; a failure is printed with its stack and ends the process with exit code 1. */
export function runMain(name, main) {
  main().catch((err) => {
    process.stderr.write(`bench:${name} failed: ${err?.stack ?? err}\n`);
    process.exit(1);
  });
}
