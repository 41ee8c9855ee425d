// `pnpm bench:load`: the built API on a fresh database with 100k synthetic entries, driven by a
// realistic public mix (faceted searches, entry pages, province pages, targets, feeds) at rising
// concurrency while editors keep saving drafts. Prints throughput, p50/p99 and error rate per
// step, and the editorial saves that failed (there must be none). Then the portal's pages rendered
// on the server (src/portal-render): an entry page served from the answer cache, and entry pages each
// rendered afresh, with req/s and p99 beside the JSON figures.
// Env: BENCH_DATABASE_URL, BENCH_COUNT (default 100000), BENCH_STEP_SECONDS (default 15),
// BENCH_STEPS (default "16,64,256"), BENCH_EDITORS (default 4), BENCH_PAGE_CONNECTIONS (default 64), BENCH_KEEP_DB=1.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { coreSpeed, domain, log, PROVINCE_CODES, root, runMain, table, withBenchApi, writeResults } from './lib.mjs';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 15);
const STEPS = (process.env.BENCH_STEPS ?? '16,64,256').split(',').map(Number);
const EDITORS = Number(process.env.BENCH_EDITORS ?? 4);
/** The figure the issue names: at 64 connections ≥ 500 req/s, p99 ≤ 100 ms, no errors. */
const TARGET = { connections: 64, rps: 500, p99Ms: 100 };
/** Server-rendered entry pages (issue 18): from the answer cache ≥ 2,000 req/s, rendered afresh ≥ 300 req/s. */
const PAGE_TARGET = { cached: 2000, uncached: 300 };
const PAGE_CONNECTIONS = Number(process.env.BENCH_PAGE_CONNECTIONS ?? 64);

const requireFromApi = createRequire(join(root, 'apps/api/package.json'));
const argon2 = requireFromApi('@node-rs/argon2');

const SECTORS = ['energy', 'industry', 'buildings', 'transport', 'agriculture', 'finance', 'energy.power', 'industry.steel'];
const THEMES = ['carbon_dual_control', 'pollution_carbon_synergy', 'one_plus_n', 'hydrogen', 'carbon_market'];
const INSTRUMENTS = ['implementation_plan', 'action_plan', 'regulation', 'standard', 'work_plan'];
const WORDS = [
  '碳达峰',
  '减污降碳',
  '氢能',
  '钢铁',
  '新能源汽车',
  '可再生能源',
  '碳排放权交易',
  '能耗双控',
  '循环经济',
  '碳中和',
  '水泥',
  '林业碳汇',
  'hydrogen',
  'carbon peaking',
  'steel',
  'renewable',
  'emissions',
  'buildings',
  'methane',
  'finance',
  'transport',
  'circular economy',
];
const METRICS = ['carbon_intensity', 'energy_intensity', 'non_fossil_share', 'forest_coverage', 'nev_ownership'];

/**
 * What readers do, in proportion, with the variety of real traffic: searches (a popular head of words
 * and a tail of filter combinations and later pages), entry pages spread over all entries, province
 * and national pages, target tables, statistics and feeds. Each request draws its own URL, so the
 * API's caches help only as much as repeated reader questions would let them.
 */
function publicMix(count) {
  // The domain's seeded PRNG (mulberry32), so every run asks the same sequence.
  const next = domain.createRandom(20261129).next;
  const pick = (list, skew = 1) => list[Math.floor(list.length * next() ** skew)];
  const qs = (params) => new URLSearchParams(params).toString();
  const search = () => {
    const p = {};
    if (next() < 0.7) p.q = pick(WORDS, 2); // popular words far more often than rare ones
    const filters = Math.floor(next() * 3);
    for (let i = 0; i < filters; i++) {
      const f = pick(['region', 'sector', 'theme', 'instrument', 'level', 'issuedFrom']);
      if (f === 'region') p.region = pick(PROVINCE_CODES, 1.5);
      else if (f === 'sector') p.sector = pick(SECTORS);
      else if (f === 'theme') p.theme = pick(THEMES);
      else if (f === 'instrument') p.instrument = pick(INSTRUMENTS);
      else if (f === 'level') p.level = pick(['national', 'provincial', 'city']);
      else p.issuedFrom = String(2015 + Math.floor(next() * 10));
    }
    const r = next();
    if (r > 0.8) p.page = r > 0.95 ? '3' : '2';
    return `/api/entries?${qs(p)}`;
  };
  const kinds = [
    [30, search],
    [35, () => `/api/entries/synthetic-${Math.floor(next() * count)}`],
    [15, () => `/api/regions/${next() < 0.2 ? 'CN' : pick(PROVINCE_CODES, 1.5)}`],
    [10, () => `/api/targets?${qs({ metric: pick(METRICS, 1.5), targetYear: pick(['2025', '2030', '2025', '2060']) })}`],
    [5, () => `/api/stats?${qs(next() < 0.5 ? { sector: pick(SECTORS) } : { region: pick(PROVINCE_CODES, 1.5) })}`],
    [5, () => `/api/feeds/entries.atom?${qs({ region: pick(PROVINCE_CODES, 1.5), sector: pick(SECTORS) })}`],
  ];
  const total = kinds.reduce((s, [w]) => s + w, 0);
  const path = () => {
    let r = next() * total;
    for (const [w, make] of kinds) if ((r -= w) < 0) return make();
    return kinds[0][1]();
  };
  return { path, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path() }) }] };
}

/**
 * Entry pages as readers open them from a search engine, in both languages. `cached`: a few pages
 * (rendered once beforehand), replayed from the answer cache; `uncached`: a new entry each time, out of
 * all of them, so nearly every page is rendered (its data read through the services) as it is asked for.
 */
function pageMix(count, kind) {
  const next = domain.createRandom(kind === 'cached' ? 20261206 : 20261207).next;
  const urls = kind === 'cached' ? Array.from({ length: 20 }, (_, i) => `/${i % 2 ? 'zh' : 'en'}/entries/synthetic-${Math.floor(next() * count)}`) : null;
  const path = () => (urls ? urls[Math.floor(next() * urls.length)] : `/${next() < 0.5 ? 'en' : 'zh'}/entries/synthetic-${Math.floor(next() * count)}`);
  return { urls, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path() }) }] };
}

/** One rendered-page step: `connections` for STEP_SECONDS, after checking the pages answer 200 with their HTML. */
async function pageStep(base, count, kind) {
  const { urls, requests } = pageMix(count, kind);
  for (const url of urls ?? [`/en/entries/synthetic-1`, `/zh/entries/synthetic-2`]) {
    const res = await fetch(base + url);
    const html = await res.text();
    if (!res.ok || !html.includes('application/ld+json')) throw new Error(`${url} answered ${res.status} without a rendered entry page`);
  }
  if (kind === 'cached')
    for (const url of urls) if ((await fetch(base + url)).headers.get('x-cache') !== 'hit') throw new Error(`${url} was not kept in the answer cache`);
  log(`rendered entry pages (${kind}): ${PAGE_CONNECTIONS} connections × ${STEP_SECONDS} s`);
  const r = await autocannon({ url: base, connections: PAGE_CONNECTIONS, duration: STEP_SECONDS, requests });
  const failed = r.non2xx + r.errors + r.timeouts;
  return {
    kind,
    connections: PAGE_CONNECTIONS,
    requests: r.requests.total,
    rps: Number(r.requests.average.toFixed(1)),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: failed,
    target: PAGE_TARGET[kind],
  };
}

async function createEditors(databaseUrl, base) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const editors = [];
  try {
    for (let i = 0; i < EDITORS; i++) {
      const email = `bench-editor-${i}-${randomBytes(3).toString('hex')}@bench.local`;
      const password = randomBytes(12).toString('hex');
      const hash = await argon2.hash(password, { algorithm: 2, memoryCost: 4096, timeCost: 2, parallelism: 1 });
      await client.query(`INSERT INTO users (email, name, roles, password_hash, active) VALUES ($1, $2, '{editor}', $3, true)`, [
        email,
        `Bench Editor ${i}`,
        hash,
      ]);
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const { csrfToken } = await res.json();
      editors.push({
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        slug: `bench-draft-${i}-${randomBytes(3).toString('hex')}`,
      });
    }
  } finally {
    await client.end();
  }
  return editors;
}

const draft = (slug, n) => ({
  kind: 'policy',
  slug,
  title: { en: `Bench draft ${slug}`, zh: '基准测试草稿' },
  summary: { en: `Saved ${n} times under load.` },
  jurisdiction: '440000',
  level: 'provincial',
});

/** Each editor creates a draft, then saves it again and again from the version it got back. */
function editorLoop(base, editor, until) {
  const stats = { saves: 0, failed: 0, errors: [] };
  const done = (async () => {
    const created = await fetch(`${base}/api/editor/entries`, { method: 'POST', headers: editor.headers, body: JSON.stringify(draft(editor.slug, 0)) });
    if (created.status !== 201) throw new Error(`draft not created: ${created.status} ${await created.text()}`);
    let { id, version } = await created.json();
    for (let n = 1; Date.now() < until(); n++) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/editor/entries/${id}`, {
        method: 'PUT',
        headers: { ...editor.headers, 'if-match': `"${version}"` },
        body: JSON.stringify(draft(editor.slug, n)),
      });
      const body = await res.json().catch(() => ({}));
      if (res.status === 200) {
        stats.saves++;
        version = body.version;
      } else {
        stats.failed++;
        if (stats.errors.length < 5) stats.errors.push(`${res.status} ${body.code ?? ''} after ${(performance.now() - t0).toFixed(0)} ms`);
      }
      await new Promise((r) => setTimeout(r, 100)); // an analyst's autosave cadence, compressed
    }
  })();
  return { stats, done };
}

async function main() {
  const started = new Date();
  await withBenchApi(SERVER_URL, COUNT, async (api, db) => {
    const editors = await createEditors(db.url, api.base);
    const { path, requests } = publicMix(COUNT);
    // Every kind of URL the mix draws must answer 200 (a bad code in the mix would count as load errors).
    for (let i = 0; i < 300; i++) {
      const p = path();
      const res = await fetch(api.base + p);
      if (!res.ok) throw new Error(`${p} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    }
    await autocannon({ url: api.base, connections: 8, amount: 400, requests }); // warm-up

    const steps = [];
    for (const connections of STEPS) {
      log(`${connections} connections × ${STEP_SECONDS} s, ${EDITORS} editors saving meanwhile`);
      const until = Date.now() + STEP_SECONDS * 1000;
      const loops = editors.map((e, i) => editorLoop(api.base, { ...e, slug: `${e.slug}-${connections}-${i}` }, () => until));
      const r = await autocannon({ url: api.base, connections, duration: STEP_SECONDS, requests });
      await Promise.all(loops.map((l) => l.done));
      const failed = r.non2xx + r.errors + r.timeouts;
      steps.push({
        connections,
        requests: r.requests.total,
        rps: Number(r.requests.average.toFixed(1)),
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: failed,
        errorRate: r.requests.total ? Number(((failed / r.requests.total) * 100).toFixed(3)) : 0,
        editorSaves: loops.reduce((s, l) => s + l.stats.saves, 0),
        editorFailed: loops.reduce((s, l) => s + l.stats.failed, 0),
        editorErrors: loops.flatMap((l) => l.stats.errors),
      });
    }

    const columns = [
      { label: 'connections', get: (s) => s.connections },
      { label: 'req/s', get: (s) => s.rps },
      { label: 'p50 ms', get: (s) => s.p50 },
      { label: 'p99 ms', get: (s) => s.p99 },
      { label: 'errors', get: (s) => `${s.errors} (${s.errorRate}%)` },
      { label: 'editor saves', get: (s) => s.editorSaves },
      { label: 'failed saves', get: (s) => s.editorFailed },
    ];
    process.stdout.write(
      `\nvaried public mix (30% searches, 35% entry pages, 15% region pages, 10% targets, 5% stats, 5% feeds) over ${COUNT} entries, ${STEP_SECONDS} s per step, ${cpus().length} cores (speed ${coreSpeed()} MB/s SHA-256), load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join('/')}\n\n${table(steps, columns)}\n\n`,
    );
    const at = steps.find((s) => s.connections === TARGET.connections);
    if (at) {
      const ok = at.rps >= TARGET.rps && at.p99 <= TARGET.p99Ms && at.errors === 0;
      process.stdout.write(
        `target at ${TARGET.connections} connections: ≥ ${TARGET.rps} req/s, p99 ≤ ${TARGET.p99Ms} ms, no errors — ${ok ? 'met' : 'NOT met'}\n`,
      );
    }
    // The portal's pages rendered on the server, after the JSON steps (no editors: their drafts change no public page).
    const pages = [await pageStep(api.base, COUNT, 'cached'), await pageStep(api.base, COUNT, 'uncached')];
    const pageColumns = [
      { label: 'entry pages', get: (s) => (s.kind === 'cached' ? 'from the answer cache' : 'rendered afresh') },
      { label: 'connections', get: (s) => s.connections },
      { label: 'req/s', get: (s) => s.rps },
      { label: 'p50 ms', get: (s) => s.p50 },
      { label: 'p99 ms', get: (s) => s.p99 },
      { label: 'errors', get: (s) => s.errors },
      { label: 'goal', get: (s) => `≥ ${s.target} req/s: ${s.rps >= s.target && s.errors === 0 ? 'met' : 'NOT met'}` },
    ];
    process.stdout.write(
      `\nserver-rendered portal pages (HTML, /en and /zh entry pages, uncompressed) over ${COUNT} entries, ${STEP_SECONDS} s per step\n\n${table(pages, pageColumns)}\n\n`,
    );
    const failedSaves = steps.reduce((s, x) => s + x.editorFailed, 0);
    process.stdout.write(`editorial saves during the load: ${steps.reduce((s, x) => s + x.editorSaves, 0)} accepted, ${failedSaves} failed\n`);
    for (const s of steps) if (s.editorErrors.length) process.stdout.write(`  at ${s.connections}: ${s.editorErrors.join('; ')}\n`);
    writeResults('load', started, {
      startedAt: started.toISOString(),
      entries: COUNT,
      stepSeconds: STEP_SECONDS,
      target: TARGET,
      steps,
      pageTarget: PAGE_TARGET,
      pages,
    });
  });
}

runMain('load', main);
