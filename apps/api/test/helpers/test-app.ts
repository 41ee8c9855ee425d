import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/app.factory';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { SeedService } from '../../src/seed/seed.service';
import { createTestDatabase, type TestDatabase } from './test-db';

export const FIXTURES = join(__dirname, '../fixtures');
export const FIXTURE_SEED = join(FIXTURES, 'seed');

export interface TestApp {
  app: NestExpressApplication;
  db: DataSource;
  database: TestDatabase;
  config: AppConfig;
  seed(dir?: string): ReturnType<SeedService['run']>;
  close(): Promise<void>;
}

/** The real application on a fresh database: migrations run at init, the fixture seed is loaded. */
export async function startTestApp(opts: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    SEED_DIR: FIXTURE_SEED,
    STATIC_DIR_PORTAL: join(FIXTURES, 'static/portal'),
    STATIC_DIR_CMS: join(FIXTURES, 'static/cms'),
    // No server build: the fixture portal is served as a plain page (test/portal-render.int-spec.ts uses the real build).
    SSR_DIR_PORTAL: join(FIXTURES, 'static/no-portal-ssr'),
    ...opts.env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let app: NestExpressApplication | undefined;
  try {
    app = await createApp({ config, databaseUrl: database.url, logger });
    const seeder = app.get(SeedService);
    if (opts.seed !== false) await seeder.run();
    const started = app;
    return {
      app: started,
      db: started.get(DataSource),
      database,
      config,
      seed: (dir) => seeder.run(dir),
      close: async () => {
        await started.close();
        await database.drop();
      },
    };
  } catch (err) {
    await app?.close();
    await database.drop();
    throw err;
  }
}

/**
 * The app for the tests of one describe block: started before them, closed (its database dropped)
 * after them. The object returned is filled in by that beforeAll, so read it inside the tests.
 */
export function useTestApp(start: () => Promise<TestApp> = () => startTestApp()): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await start());
  });
  afterAll(() => t.close?.());
  return t;
}
