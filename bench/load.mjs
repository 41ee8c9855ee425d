// `pnpm bench:load`: the built API on a fresh database with 100k synthetic entries, driven by a
// realistic public mix (faceted searches, entry pages, province pages, targets, feeds) at rising
// concurrency while editors keep saving drafts. Prints throughput, p50/p99 and error rate per
// step, and the editorial saves that failed (there must be none).
// Env: BENCH_DATABASE_URL, BENCH_COUNT (default 100000), BENCH_STEP_SECONDS (default 15),
// BENCH_STEPS (default "16,64,256"), BENCH_EDITORS (default 4), BENCH_KEEP_DB=1.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createBenchDatabase, log, root, run, startApi, table } from './lib.mjs';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 15);
const STEPS = (process.env.BENCH_STEPS ?? '16,64,256').split(',').map(Number);
const EDITORS = Number(process.env.BENCH_EDITORS ?? 4);
/** The figure the issue names: at 64 connections ≥ 500 req/s, p99 ≤ 100 ms, no errors. */
const TARGET = { connections: 64, rps: 500, p99Ms: 100 };

const argon2 = createRequire(join(root, 'apps/api/package.json'))('@node-rs/argon2');

/** What readers do, in proportion: mostly searches and entry pages. */
function publicMix(count) {
  const q = (s) => encodeURIComponent(s);
  const entry = (i) => `/api/entries/synthetic-${(i * 7919) % count}`;
  return [
    `/api/entries?q=${q('碳达峰')}&region=440000&sector=industry`,
    `/api/entries?q=${q('hydrogen')}`,
    '/api/entries?sector=energy&level=provincial&sort=newest',
    `/api/entries?q=${q('减污降碳')}&page=2`,
    '/api/entries?region=130000&theme=pollution_carbon_synergy',
    '/api/entries?instrument=implementation_plan&issuedFrom=2022&issuedTo=2023',
    entry(1), entry(2), entry(3), entry(4), entry(5), entry(6),
    '/api/regions/440000',
    '/api/regions/520000',
    '/api/regions/CN',
    '/api/targets?metric=carbon_intensity&targetYear=2025',
    '/api/targets?metric=non_fossil_share&targetYear=2025',
    '/api/stats?sector=energy',
    '/api/feeds/entries.atom?region=130000&sector=industry',
    '/api/entries/' + 'synthetic-12345',
  ].map((path) => ({ method: 'GET', path }));
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
      await client.query(`INSERT INTO users (email, name, roles, password_hash, active) VALUES ($1, $2, '{editor}', $3, true)`, [email, `Bench Editor ${i}`, hash]);
      const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = await res.json();
      editors.push({ headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, slug: `bench-draft-${i}-${randomBytes(3).toString('hex')}` });
    }
  } finally {
    await client.end();
  }
  return editors;
}

const draft = (slug, n) => ({ kind: 'policy', slug, title: { en: `Bench draft ${slug}`, zh: '基准测试草稿' }, summary: { en: `Saved ${n} times under load.` }, jurisdiction: '440000', level: 'provincial' });

/** Each editor creates a draft, then saves it again and again from the version it got back. */
function editorLoop(base, editor, until) {
  const stats = { saves: 0, failed: 0, errors: [] };
  const done = (async () => {
    const created = await fetch(`${base}/api/editor/entries`, { method: 'POST', headers: editor.headers, body: JSON.stringify(draft(editor.slug, 0)) });
    if (created.status !== 201) throw new Error(`draft not created: ${created.status} ${await created.text()}`);
    let { id, version } = await created.json();
    for (let n = 1; Date.now() < until(); n++) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/editor/entries/${id}`, { method: 'PUT', headers: { ...editor.headers, 'if-match': `"${version}"` }, body: JSON.stringify(draft(editor.slug, n)) });
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
  log('building the domain package and the API');
  run('pnpm', ['--filter', '@dualcarbon/domain', '--filter', '@dualcarbon/api', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const db = await createBenchDatabase(SERVER_URL);
  let api;
  const stop = async () => {
    await api?.stop();
    if (process.env.BENCH_KEEP_DB !== '1') await db.drop();
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    log(`loading ${COUNT} synthetic entries into ${db.name}`);
    run(process.execPath, ['apps/api/dist/cli/seed-synthetic.js', '--count', String(COUNT)], { env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'warn' } });
    api = await startApi(db.url);
    const editors = await createEditors(db.url, api.base);
    const requests = publicMix(COUNT);
    for (const r of requests) {
      const res = await fetch(api.base + r.path);
      if (!res.ok) throw new Error(`${r.path} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
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
    process.stdout.write(`\npublic mix of ${requests.length} requests over ${COUNT} entries, ${STEP_SECONDS} s per step, ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join('/')}\n\n${table(steps, columns)}\n\n`);
    const at = steps.find((s) => s.connections === TARGET.connections);
    if (at) {
      const ok = at.rps >= TARGET.rps && at.p99 <= TARGET.p99Ms && at.errors === 0;
      process.stdout.write(`target at ${TARGET.connections} connections: ≥ ${TARGET.rps} req/s, p99 ≤ ${TARGET.p99Ms} ms, no errors — ${ok ? 'met' : 'NOT met'}\n`);
    }
    const failedSaves = steps.reduce((s, x) => s + x.editorFailed, 0);
    process.stdout.write(`editorial saves during the load: ${steps.reduce((s, x) => s + x.editorSaves, 0)} accepted, ${failedSaves} failed\n`);
    for (const s of steps) if (s.editorErrors.length) process.stdout.write(`  at ${s.connections}: ${s.editorErrors.join('; ')}\n`);
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    const file = join(root, 'bench/results', `load-${started.toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify({ startedAt: started.toISOString(), entries: COUNT, stepSeconds: STEP_SECONDS, target: TARGET, steps }, null, 2)}\n`);
    log(`results: ${file}`);
  } finally {
    await stop();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:load failed: ${err?.stack ?? err}\n`);
  process.exit(1);
});
