import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/config';
import { upsertReferenceData } from '../seed/reference-data';
import { directHitSql } from '../search/text-hits';
import { parseTextQuery } from '../search/text-query';
import { progressBar } from './progress';
import { loadSyntheticEntries } from './synthetic-loader';

/**
 * Performance check, not part of the test suite: `pnpm --filter @dualcarbon/api perf:search [--count 20000]`.
 * Creates a throwaway database on TEST_DATABASE_URL's server (or uses --url as is), loads synthetic
 * entries, starts the app, times a mix of faceted searches over HTTP (p50/p95/p99), and prints
 * EXPLAIN ANALYZE of the SQL that search runs.
 */
const QUERIES = [
  '',
  'region=130000',
  'sector=industry',
  'region=440000&sector=energy&level=city',
  'level=city&status=in_force',
  'theme=hydrogen&hasTargets=true',
  'issuedFrom=2022&issuedTo=2023-06-30',
  'instrument=action_plan,work_plan&sort=title&page=20',
  'q=氢能',
  'q=碳达峰&region=130000',
  'q=emissions',
  'q=hydrogen refuelling',
  'q=carbon peaking&sector=industry',
  'q=steel&sort=newest',
  'region=510000&includeSubregions=true&sector=energy.renewables&ghg=co2',
  'page=500&pageSize=100',
  'targetYear=2025',
  'targetMetric=carbon_intensity&targetYear=2025',
  'targetYear=2030&region=440000&level=city',
  'q=碳达峰&targetMetric=non_fossil_share',
];

const COLD_WORDS = [
  '新能源汽车',
  '减污降碳',
  '林业碳汇',
  '水泥',
  '钢铁行业',
  '适应气候变化',
  '碳市场',
  '甲烷',
  '可再生能源',
  '美丽中国',
  '电力',
  '循环经济',
  '农业农村',
  '双控',
  'cement',
  'forest carbon sinks',
  'methane control',
  'renewable energy',
  'circular economy',
  'power sector',
  'new energy vehicles',
  'beautiful china',
  'adaptation',
  'carbon trading',
  'agriculture',
  'transport',
  'finance',
  'ultra-low',
  'dual control',
  'buildings',
];

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

async function main() {
  const { values } = parseArgs({ options: { count: { type: 'string' }, runs: { type: 'string' }, url: { type: 'string' }, keep: { type: 'boolean' } } });
  const count = Number(values.count ?? 20_000);
  const runs = Number(values.runs ?? 30);
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `dualcarbon_perf_${process.pid}`;
  const url = values.url ?? Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: server });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  if (!values.url) await admin(`CREATE DATABASE ${name}`);
  const logger = pino({ level: 'warn' });
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: url, SEED_ON_START: 'false' });
  const app = await createApp({ config, databaseUrl: url, logger });
  const pool = new Pool({ connectionString: url, max: 2 });
  try {
    await app.get(DataSource).transaction((m) => upsertReferenceData(m)); // regions the entries point at
    const bar = progressBar(count, 'load');
    const loaded = await loadSyntheticEntries(pool, { count, onProgress: (d) => bar.update(d) });
    bar.stop();
    process.stdout.write(`loaded ${loaded.inserted} new entries in ${(loaded.ms / 1000).toFixed(1)} s\n`);
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const get = async (q: string) => {
      const res = await fetch(`${base}/api/entries?${q}`);
      if (res.status !== 200) throw new Error(`${q}: HTTP ${res.status}`);
      return (await res.json()) as { total: number };
    };
    const t0 = performance.now();
    await get('');
    process.stdout.write(`first request (snapshot load): ${(performance.now() - t0).toFixed(0)} ms\n\n`);
    const all: number[] = [];
    const f = (n: number) => n.toFixed(1).padStart(6);
    const time = async (q: string) => {
      const t = performance.now();
      const { total } = await get(q);
      return { ms: performance.now() - t, total };
    };
    // First request of each query: nothing cached for it. Then `runs` more: its matches are cached.
    process.stdout.write(`${'query'.padEnd(70)}  total  first    p50    p95    p99 (ms, warm)\n`);
    const firsts: number[] = [];
    for (const q of QUERIES) {
      const first = await time(q);
      firsts.push(first.ms);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push((await time(q)).ms);
      times.sort((a, b) => a - b);
      all.push(...times);
      process.stdout.write(
        `${(q || '(no filters)').padEnd(70)} ${String(first.total).padStart(6)} ${f(first.ms)} ${f(quantile(times, 0.5))} ${f(quantile(times, 0.95))} ${f(quantile(times, 0.99))}\n`,
      );
    }
    all.sort((a, b) => a - b);
    firsts.sort((a, b) => a - b);
    process.stdout.write(
      `\nwarm, all ${all.length} requests: p50 ${quantile(all, 0.5).toFixed(1)} ms, p95 ${quantile(all, 0.95).toFixed(1)} ms, p99 ${quantile(all, 0.99).toFixed(1)} ms\n`,
    );
    process.stdout.write(`first requests: p50 ${quantile(firsts, 0.5).toFixed(1)} ms, max ${firsts.at(-1)!.toFixed(1)} ms\n`);
    // Distinct text queries, each asked once (cold text match), with facets.
    const cold: number[] = [];
    for (const word of COLD_WORDS) cold.push((await time(`q=${encodeURIComponent(word)}`)).ms);
    cold.sort((a, b) => a - b);
    process.stdout.write(
      `${COLD_WORDS.length} distinct q, each once: p50 ${quantile(cold, 0.5).toFixed(1)} ms, p95 ${quantile(cold, 0.95).toFixed(1)} ms, max ${cold.at(-1)!.toFixed(1)} ms\n`,
    );

    for (const q of ['氢能', 'emissions', 'carbon peaking 碳达峰']) {
      const sql = directHitSql(parseTextQuery(q))!;
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.sql}`, sql.params);
      process.stdout.write(`\nEXPLAIN ANALYZE text match for "${q}":\n${plan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}\n`);
    }
  } finally {
    await pool.end();
    await app.close();
    if (!values.url && !values.keep) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((err) => {
  process.stderr.write(`perf:search failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
