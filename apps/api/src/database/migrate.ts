import type { DataSource } from 'typeorm';

/** Any fixed number: app replicas starting together take turns to migrate. */
const MIGRATION_LOCK = 7_301_944;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so several app replicas booting at
 * once against one database apply each migration exactly once (the others wait, then find none).
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
