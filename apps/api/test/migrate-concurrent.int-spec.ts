import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { runMigrationsLocked } from '../src/database/migrate';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase, type TestDatabase } from './helpers/test-db';

/** Replicas of the app booting together against one empty database. */
describe('concurrent migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('applies each migration exactly once when four processes migrate at the same time', async () => {
    const sources = Array.from({ length: 4 }, () => new DataSource({ ...dataSourceOptions(db.url), migrationsRun: false, logging: false, logger: undefined }));
    await Promise.all(sources.map((s) => s.initialize()));
    try {
      await Promise.all(sources.map((s) => runMigrationsLocked(s)));
      const rows = await sources[0].query('SELECT name FROM typeorm_migrations ORDER BY id');
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(new Set(rows.map((r: { name: string }) => r.name)).size).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all(sources.map((s) => s.destroy()));
    }
  }, 60_000);
});
