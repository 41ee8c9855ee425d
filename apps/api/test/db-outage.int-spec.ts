import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded';
import { SeedService } from '../src/seed/seed.service';
import { FIXTURE_SEED } from './helpers/test-app';
import { freePort } from '../src/database/free-port';

/**
 * The database restarts under a running app (its own embedded PostgreSQL, so the machine's server
 * that other tests use is left alone): requests get 503 + Retry-After while it is away, health
 * says so, and the app reconnects by itself once it is back.
 */
describe('database outage', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dualcarbon-outage-'));
  const logger = pino({ level: 'silent' });
  let pg: EmbeddedDatabase;
  let port: number;
  let app: NestExpressApplication;

  beforeAll(async () => {
    port = await freePort();
    pg = await startEmbeddedPostgres({ dataDir, port, logger });
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: pg.url, SEED_DIR: FIXTURE_SEED });
    app = await createApp({ config, databaseUrl: pg.url, logger });
    await app.get(SeedService).run();
    await app.init();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After while the database is down, then recovers within seconds', async () => {
    const server = app.getHttpServer();
    expect((await request(server).get('/api/entries')).status).toBe(200);

    await pg.stop();
    const down = await request(server).get('/api/entries');
    expect(down.status).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.body).toMatchObject({ statusCode: 503, code: 'service/database_unavailable' });
    const detail = await request(server).get('/api/entries/national-test-peaking-plan');
    expect(detail.status).toBe(503);
    const health = await request(server).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ database: 'down' });
    expect(health.headers['retry-after']).toBeDefined();

    pg = await startEmbeddedPostgres({ dataDir, port, logger });
    const started = Date.now();
    let status = 0;
    while (Date.now() - started < 15_000) {
      status = (await request(server).get('/api/entries')).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await request(server).get('/api/health')).body).toMatchObject({ database: 'up' });
  }, 60_000);
});
