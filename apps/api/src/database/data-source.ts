import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Logger } from 'pino';
import { loadConfig } from '../config/config';
import { PinoTypeOrmLogger } from '../logging/typeorm-logger';
import { embeddedUrl, readEmbeddedPassword } from './embedded';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Options shared by the app, the seed CLI, tests and the TypeORM CLI. The schema only ever changes through migrations. */
export function dataSourceOptions(url: string, logger?: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName: 'dualcarbon',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsRun: true,
    // Each migration commits on its own, so a failure leaves the earlier ones applied and recorded.
    migrationsTransactionMode: 'each',
    synchronize: false,
    connectTimeoutMS: 5000,
    poolSize: 10,
    logger: logger ? new PinoTypeOrmLogger(logger) : undefined,
    logging: ['error', 'warn', 'migration'],
    maxQueryExecutionTime: 1000,
  };
}

export function createDataSource(url: string, logger?: Logger): DataSource {
  return new DataSource(dataSourceOptions(url, logger));
}

/**
 * The TypeORM CLI loads this default export (`typeorm -d dist/database/data-source.js migration:show`):
 * DATABASE_URL, or the embedded server of DATA_DIR once it has been started. Building it does not connect,
 * and it has no side effects, because the app imports this module too.
 */
function cliDataSource(): DataSource | undefined {
  try {
    const { database } = loadConfig();
    const password = database.url ? undefined : readEmbeddedPassword(database.dataDir);
    const url = database.url ?? (password ? embeddedUrl(database.dataDir, database.embeddedPort, 'dualcarbon', password) : undefined);
    return url ? new DataSource({ ...dataSourceOptions(url), migrationsRun: false }) : undefined;
  } catch {
    return undefined;
  }
}

export default cliDataSource();
