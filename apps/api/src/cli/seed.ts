import 'reflect-metadata';
import { loadConfigOrExit } from '../config/config';
import { createDataSource } from '../database/data-source';
import { openDatabase } from '../database/database';
import { createLogger } from '../logging/logger';
import { SeedService } from '../seed/seed.service';

/**
 * `pnpm --filter @dualcarbon/api seed`: migrate and seed the configured database (DATABASE_URL, or
 * the embedded one in DATA_DIR — reused if the app is running on it), then exit.
 */
async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  const dataSource = createDataSource(db.url, logger);
  try {
    await dataSource.initialize(); // runs pending migrations (migrationsRun)
    const report = await new SeedService(dataSource, config, logger).run();
    logger.info({ report }, 'seed finished');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`seed failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
