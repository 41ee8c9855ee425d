import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/config';
import { SeedService } from '../src/seed/seed.service';
import { FIXTURE_SEED, FIXTURES, startTestApp, type TestApp } from './helpers/test-app';
import { createTestDatabase, SERVER_URL, type TestDatabase } from './helpers/test-db';

const SLUG = 'national-test-peaking-plan';
const TOKEN = 'test-metrics-token-0123456789abcdef';

async function onServer(sql: string) {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Series of one metric in Prometheus text: labels (as written) → value. */
function series(text: string, name: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(\w+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (m && m[1] === name) out.set(m[2] ?? '', Number(m[3]));
  }
  return out;
}

/** Values of one label across a metric's series. */
const labelValues = (text: string, name: string, label: string) =>
  new Set([...series(text, name).keys()].map((labels) => new RegExp(`${label}="([^"]*)"`).exec(labels)?.[1]));

async function until(check: () => Promise<boolean>, ms = 10_000) {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/**
 * Metrics and health probes on the real app: a throwaway database that is also configured as the
 * read data source (so there are two pools), the fixture seed, no METRICS_TOKEN.
 */
describe('observability (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());
  const scrape = async () => (await http().get('/api/observability/metrics').expect(200)).text;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      DATABASE_READ_URL: database.url,
      SEED_DIR: FIXTURE_SEED,
      STATIC_DIR_PORTAL: join(FIXTURES, 'static/portal'),
      STATIC_DIR_CMS: join(FIXTURES, 'static/cms'),
    });
    app = await createApp({ config, databaseUrl: database.url, logger: pino({ level: 'silent' }) });
    await app.get(SeedService).run();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('times requests under their route template, never their URL', async () => {
    await http().get(`/api/entries/${SLUG}`).expect(200);
    await http().get(`/api/entries/${SLUG}`).expect(200);
    await http().get('/api/entries/no-such-entry-4711').expect(404);
    await http().get('/api/entries?page=1').expect(200);
    const regions = await http().get('/api/regions').expect(200);
    // Answered by the HTTP cache before routing: still named by the route it would have reached.
    await http().get('/api/regions').set('If-Modified-Since', regions.headers['last-modified']).expect(304);
    await http().get('/api/scanner-probe-8231.php').expect(404);
    await http().get('/en/entries/portal-page-5150').expect(404); // a portal page the server renders: not found is a 404 page

    const text = await scrape();
    const duration = series(text, 'dualcarbon_http_request_duration_seconds_count');
    expect(duration.get('{method="GET",route="/api/entries/:slug",status_code="200"}')).toBe(2);
    expect(duration.get('{method="GET",route="/api/entries/:slug",status_code="404"}')).toBe(1);
    expect(duration.get('{method="GET",route="/api/entries",status_code="200"}')).toBe(1);
    expect(duration.get('{method="GET",route="/api/regions",status_code="304"}')).toBe(1);
    expect(duration.get('{method="GET",route="unmatched",status_code="404"}')).toBe(1);
    expect(duration.get('{method="GET",route="static",status_code="404"}')).toBe(1);
    expect(series(text, 'dualcarbon_http_request_duration_seconds_bucket').get('{le="+Inf",method="GET",route="/api/entries/:slug",status_code="200"}')).toBe(
      2,
    );
    expect(series(text, 'dualcarbon_http_request_duration_seconds_sum').get('{method="GET",route="/api/entries/:slug",status_code="200"}')).toBeGreaterThan(0);
    expect(series(text, 'dualcarbon_http_requests_total').get('{method="GET",route="/api/entries/:slug",status_code="200"}')).toBe(2);
    expect(text).toContain('# TYPE dualcarbon_http_request_duration_seconds histogram');

    for (const raw of [SLUG, 'no-such-entry-4711', 'scanner-probe-8231', 'portal-page-5150', 'page=1']) expect(text).not.toContain(raw);
    // Every route label is a documented route template or one of the two fixed labels.
    const { body: docs } = await http().get('/api/docs-json').expect(200);
    const documented = new Set(Object.keys(docs.paths).map((p) => p.replace(/\{(\w+)\}/g, ':$1')));
    for (const route of labelValues(text, 'dualcarbon_http_requests_total', 'route')) {
      expect(route === 'unmatched' || route === 'static' || documented.has(route!), String(route)).toBe(true);
    }
  });

  it('reports the pools of the primary and the read data source and the export pool, and the process', async () => {
    const text = await scrape();
    for (const gauge of ['total_clients', 'idle_clients', 'waiting_clients', 'max_clients']) {
      const pools = series(text, `dualcarbon_db_pool_${gauge}`);
      expect([...pools.keys()].sort(), gauge).toEqual(['{pool="export"}', '{pool="primary"}', '{pool="read"}']);
    }
    const total = series(text, 'dualcarbon_db_pool_total_clients');
    expect(total.get('{pool="primary"}')).toBeGreaterThan(0);
    expect(total.get('{pool="read"}')).toBeGreaterThan(0);
    expect(series(text, 'dualcarbon_db_pool_max_clients').get('{pool="read"}')).toBe(10);
    expect(series(text, 'dualcarbon_db_pool_max_clients').get('{pool="export"}')).toBe(2);
    expect(text).toMatch(/^dualcarbon_process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^dualcarbon_nodejs_eventloop_lag_seconds /m);
  });

  it('is never cached and never readable cross-origin', async () => {
    const res = await http().get('/api/observability/metrics').set('Origin', 'https://elsewhere.example').expect(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['last-modified']).toBeUndefined();
    const preflight = await http()
      .options('/api/observability/metrics')
      .set('Origin', 'https://elsewhere.example')
      .set('Access-Control-Request-Method', 'GET')
      .expect(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    // The policy-metrics list keeps its own route and its public caching.
    const policyMetrics = await http().get('/api/metrics').expect(200);
    expect(policyMetrics.headers['cache-control']).toMatch(/^public/);
  });

  it('answers liveness and readiness, never cached', async () => {
    const live = await http().get('/api/health/live').expect(200);
    expect(live.body).toEqual({ status: 'ok', version: expect.any(String) });
    expect(live.headers['cache-control']).toBe('no-store');
    const ready = await http().get('/api/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', database: 'up', migrations: 'applied', version: live.body.version });
    expect(ready.headers['cache-control']).toBe('no-store');
    expect((await http().get('/api/health').expect(200)).body).toEqual({ status: 'ok', database: 'up', version: live.body.version });
  });

  it('is not ready while a migration is missing, though the database answers', async () => {
    const primary = app.get(DataSource);
    const [last] = await primary.query(`SELECT id, timestamp, name FROM typeorm_migrations ORDER BY timestamp DESC LIMIT 1`);
    await primary.query(`DELETE FROM typeorm_migrations WHERE id = $1`, [last.id]);
    try {
      const ready = await http().get('/api/health/ready').expect(503);
      expect(ready.body).toMatchObject({ status: 'degraded', database: 'up', migrations: 'pending' });
      expect(ready.headers['retry-after']).toBe('5');
      await http().get('/api/health').expect(200);
    } finally {
      await primary.query(`INSERT INTO typeorm_migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
    await http().get('/api/health/ready').expect(200);
  });

  it('stays live but not ready while the database is unreachable, and is ready again once it is back', async () => {
    const name = database.name;
    const unready = async () => series(await scrape(), 'dualcarbon_http_requests_total').get('{method="GET",route="/api/health/ready",status_code="503"}') ?? 0;
    const before = await unready();
    await onServer(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
    try {
      const ready = await http().get('/api/health/ready').expect(503);
      expect(ready.body).toMatchObject({ status: 'degraded', database: 'down', migrations: 'unknown' });
      expect(ready.headers['retry-after']).toBe('5');
      expect(ready.headers['cache-control']).toBe('no-store');
      await http().get('/api/health/live').expect(200);
      await http().get('/api/health').expect(503);
      // Metrics read the pools' counters, never the database.
      expect(await unready()).toBe(before + 1);
    } finally {
      await onServer(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    }
    expect(await until(async () => (await http().get('/api/health/ready')).status === 200)).toBe(true);
  }, 30_000);

  it('documents the probes and the metrics route', async () => {
    const { body } = await http().get('/api/docs-json').expect(200);
    expect(Object.keys(body.paths['/api/health/live'].get.responses)).toEqual(['200']);
    expect(Object.keys(body.paths['/api/health/ready'].get.responses)).toEqual(expect.arrayContaining(['200', '503']));
    expect(Object.keys(body.paths['/api/observability/metrics'].get.responses)).toEqual(expect.arrayContaining(['200', '401']));
    for (const path of ['/api/health/live', '/api/health/ready', '/api/observability/metrics'])
      expect(body.paths[path].get.responses).not.toHaveProperty('304');
  });
});

describe('METRICS_TOKEN', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => t?.close());

  it('requires the bearer token for the metrics, and only for them', async () => {
    for (const auth of [undefined, `Bearer ${TOKEN}-not`, `Basic ${TOKEN}`]) {
      const req = http().get('/api/observability/metrics');
      const res = await (auth ? req.set('Authorization', auth) : req).expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'metrics/unauthorized' });
      expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).not.toContain('dualcarbon_');
    }
    const ok = await http().get('/api/observability/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(ok.text).toContain('dualcarbon_http_requests_total{method="GET",route="/api/observability/metrics",status_code="401"} 3');
    expect(ok.headers['cache-control']).toBe('no-store');
    await http().get('/api/health/live').expect(200);
    await http().get('/api/health/ready').expect(200);
  });
});
