// `pnpm bench:api`: the built API on a fresh database with 100k synthetic entries, under autocannon.
// Env: BENCH_DATABASE_URL (server to create the database on), BENCH_COUNT (entries, default 100000),
// BENCH_DURATION (seconds per request, default 10), BENCH_CONNECTIONS (default 32), BENCH_KEEP_DB=1.
import { cpus, loadavg } from 'node:os';
import { coreSpeed, load, log, PROVINCE_CODES, rssOf, runMain, table, timeSequential, withBenchApi, writeResults } from './lib.mjs';
import { FRESH_QUERIES, openSearchSql } from './search-sql.mjs';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SEQUENTIAL_RUNS = 300;

/** What each request is measured against (the targets). */
const TARGETS = { searchP99Ms: 50, apiToSqlRatio: 1.5, exportSeconds: 5, exportRssGrowthMb: 100 };

/** Varied searches: 40 words × every province × 4 sectors × 3 pages, drawn in a fixed pseudo-random sequence. */
function variedSearch() {
  const sectors = ['energy', 'industry', 'transport', 'buildings'];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = (list) => list[Math.floor(next() * list.length)];
  return () =>
    `/api/entries?q=${encodeURIComponent(pick(FRESH_QUERIES))}&region=${pick(PROVINCE_CODES)}&sector=${pick(sectors)}&page=${1 + Math.floor(next() * 3)}`;
}

const SCENARIOS = [
  {
    id: 'search-zh',
    label: 'search 碳达峰 + region + sector, facets (same URL: cached answer)',
    path: `/api/entries?q=${encodeURIComponent('碳达峰')}&region=440000&sector=industry`,
    p99Target: TARGETS.searchP99Ms,
    sql: true,
  },
  {
    id: 'search-en',
    label: 'search "carbon peaking" + region + sector (same URL: cached)',
    path: '/api/entries?q=carbon%20peaking&region=440000&sector=industry',
    p99Target: TARGETS.searchP99Ms,
    sql: true,
  },
  {
    id: 'search-varied',
    label: `search, varied: 40 words × ${PROVINCE_CODES.length} provinces × 4 sectors × 3 pages (mostly uncached)`,
    path: '/api/entries?q=hydrogen&region=440000&sector=energy',
    p99Target: TARGETS.searchP99Ms,
    paths: variedSearch(),
  },
  { id: 'region-page', label: 'province page (Guangdong)', path: '/api/regions/440000' },
  { id: 'targets', label: 'targets table carbon_intensity 2025', path: '/api/targets?metric=carbon_intensity&targetYear=2025' },
];

/** One GET to the end of the body, sampling the server's RSS meanwhile. */
async function measureExport(api, path, acceptEncoding) {
  const before = rssOf(api.pid);
  let peak = before;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(api.pid));
    } catch {
      // process gone
    }
  }, 20);
  const t0 = performance.now();
  let bytes = 0;
  let lines = 0;
  let status;
  let encoding;
  try {
    const res = await fetch(api.base + path, { headers: { 'Accept-Encoding': acceptEncoding } });
    status = res.status;
    encoding = res.headers.get('content-encoding') ?? 'identity';
    for await (const chunk of res.body) {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
    }
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - t0) / 1000;
  peak = Math.max(peak, rssOf(api.pid));
  // bytes and rows are counted after decoding (fetch decodes gzip and br).
  return {
    status,
    encoding,
    seconds: Number(seconds.toFixed(2)),
    bytes,
    rows: Math.max(0, lines - 1),
    rssBeforeMb: mb(before),
    rssPeakMb: mb(peak),
    rssGrowthMb: mb(peak - before),
  };
}

const mb = (bytes) => Number((bytes / 1024 / 1024).toFixed(1));

async function main() {
  const started = new Date();
  const loadBefore = loadavg();
  const speed = coreSpeed();
  await withBenchApi(SERVER_URL, COUNT, async (api, db) => {
    const searchSql = await openSearchSql(db.url);
    // Fresh query words, before any scenario could have searched for them (nothing cached by the API),
    // same filters: the API's full cost against its SQL.
    // Warm-up first (JIT, pools), with words that are not among the fresh ones.
    for (const word of ['policy', 'plan', '方案', '通知', 'carbon', '碳', 'green', '绿色', 'industry', '工业']) {
      await (await fetch(`${api.base}/api/entries?q=${encodeURIComponent(word)}&region=440000&sector=industry`)).arrayBuffer();
    }
    const uncached = searchSql ? await searchSql.uncached(api.base, 'region=440000&sector=industry') : null;
    const results = [];
    for (const s of SCENARIOS) {
      const url = api.base + s.path;
      // The first request computes everything (no in-process result reused yet): the cold cost.
      const tCold = performance.now();
      const probe = await fetch(url);
      const body = await probe.arrayBuffer();
      const coldMs = Number((performance.now() - tCold).toFixed(1));
      if (!probe.ok) {
        log(`${s.id}: ${probe.status} ${Buffer.from(body).toString().slice(0, 200)} — skipped`);
        results.push({ ...s, skipped: `HTTP ${probe.status}` });
        continue;
      }
      const requests = s.paths ? [{ method: 'GET', setupRequest: (req) => ({ ...req, path: s.paths() }) }] : undefined;
      await load(url, { connections: CONNECTIONS, amount: 200, requests }); // warm-up
      log(`${s.id}: ${CONNECTIONS} connections × ${DURATION} s`);
      const loaded = await load(url, { connections: CONNECTIONS, duration: DURATION, requests });
      const result = { ...s, coldMs, ...loaded };
      if (s.sql && searchSql) {
        // Same URL repeated on one connection: the API answers from its cached text match.
        const sequentialApi = await load(url, { connections: 1, amount: SEQUENTIAL_RUNS });
        const statements = await searchSql.forPath(api.base, s.path);
        const sqlTimes = await timeSequential(statements.run, SEQUENTIAL_RUNS);
        result.sequential = { api: { p50: sequentialApi.p50, mean: sequentialApi.mean }, sql: sqlTimes, statements: statements.names };
        result.apiToSql = Number((sequentialApi.mean / sqlTimes.mean).toFixed(3));
      }
      results.push(result);
    }

    await searchSql?.close();

    log('export: /api/export/entries.csv, as a browser asks for it (br) and uncompressed');
    const exportResult = await measureExport(api, '/api/export/entries.csv', 'br, gzip');
    const exportPlain = await measureExport(api, '/api/export/entries.csv', 'identity');

    const report = {
      startedAt: started.toISOString(),
      // Load averages (1/5/15 min) before and after: other work on the machine skews every figure.
      machine: { cpus: cpus().length, coreSpeedMbPerS: speed, node: process.version, loadBefore, loadAfter: loadavg() },
      entries: COUNT,
      loadSeconds: db.loadSeconds,
      durationSeconds: DURATION,
      connections: CONNECTIONS,
      targets: TARGETS,
      requests: results.map(({ sql: _sql, ...r }) => r),
      searchUncached: uncached,
      export: exportResult,
      exportUncompressed: exportPlain,
    };
    const columns = [
      { label: 'request', get: (r) => r.label },
      { label: 'cold ms', get: (r) => r.coldMs },
      { label: 'p50 ms', get: (r) => r.p50 },
      { label: 'p99 ms', get: (r) => r.p99 },
      { label: 'req/s', get: (r) => r.rps },
      { label: 'failed', get: (r) => r.failed ?? r.skipped },
      { label: 'KB/resp', get: (r) => (r.bytesPerResponse === undefined ? undefined : (r.bytesPerResponse / 1024).toFixed(1)) },
      { label: 'API/SQL (same q repeated)', get: (r) => (r.sequential ? `${r.apiToSql} (${r.sequential.api.mean} / ${r.sequential.sql.mean} ms)` : '') },
    ];
    const la = (l) => l.map((x) => x.toFixed(1)).join('/');
    process.stdout.write(
      `\n${COUNT} entries, ${CONNECTIONS} connections, ${DURATION} s each (load ${db.loadSeconds} s); ` +
        `machine load average ${la(loadBefore)} before, ${la(report.machine.loadAfter)} after, ${cpus().length} cores, core speed ${speed} MB/s SHA-256\n\n${table(results, columns)}\n\n`,
    );
    for (const e of [exportResult, exportPlain]) {
      process.stdout.write(
        `export entries.csv (${e.encoding}): HTTP ${e.status}, ${e.rows} rows, ${mb(e.bytes)} MB in ${e.seconds} s (target ≤ ${TARGETS.exportSeconds} s); ` +
          `RSS ${e.rssBeforeMb} → peak ${e.rssPeakMb} MB, growth ${e.rssGrowthMb} MB (target ≤ ${TARGETS.exportRssGrowthMb} MB)\n`,
      );
    }
    if (uncached) {
      process.stdout.write(
        `search, ${uncached.queries} fresh query words + region + sector, sequential, no cached text match: ` +
          `API ${uncached.apiMeanMs} ms vs SQL ${uncached.sqlMeanMs} ms → API/SQL ${uncached.ratio}\n`,
      );
    }
    process.stdout.write(`targets: search p99 ≤ ${TARGETS.searchP99Ms} ms, API/SQL ≤ ${TARGETS.apiToSqlRatio} (sequential means)\n`);
    writeResults('api', started, report);
  });
}

runMain('api', main);
