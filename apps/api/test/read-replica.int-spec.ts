import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { SeedService } from '../src/seed/seed.service';
import { FIXTURE_SEED, startTestApp, type TestApp } from './helpers/test-app';
import { createTestDatabase, type TestDatabase } from './helpers/test-db';

const SLUG = 'national-test-peaking-plan';

/**
 * With DATABASE_READ_URL the public routes read from the replica while the primary keeps the
 * editorial data. A second database stands in for a streaming replica; a title changed only
 * there shows which one each route reads.
 */
describe('DATABASE_READ_URL', () => {
  let replica: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    replica = await createTestDatabase();
    const ds = createDataSource(replica.url);
    await ds.initialize();
    await new SeedService(ds, loadConfig({ NODE_ENV: 'test', SEED_DIR: FIXTURE_SEED }), pino({ level: 'silent' })).run();
    await ds.query(`UPDATE entries SET title_en = 'Title on the replica' WHERE slug = $1`, [SLUG]);
    await ds.destroy();
    t = await startTestApp({ env: { DATABASE_READ_URL: replica.url } });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await replica?.drop();
  });

  it('serves public reads from the replica and keeps the primary for everything else', async () => {
    const server = t.app.getHttpServer();
    const detail = await request(server).get(`/api/entries/${SLUG}`).expect(200);
    expect(detail.body.title.en).toBe('Title on the replica');
    const list = await request(server).get('/api/entries').expect(200);
    expect(list.body.items.map((i: { title: { en?: string } }) => i.title.en)).toContain('Title on the replica');

    const [primary] = await t.db.query(`SELECT title_en FROM entries WHERE slug = $1`, [SLUG]);
    expect(primary.title_en).not.toBe('Title on the replica');
  });
});
