import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { createExportPool, EXPORT_POOL } from '../export/export-pool';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { runMigrationsLocked } from './migrate';
import { READ_DATA_SOURCE } from './read-data-source';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(READ_DATA_SOURCE) private readonly read: DataSource,
    @Inject(getDataSourceToken()) private readonly primary: DataSource,
    @Inject(EXPORT_POOL) private readonly exportPool: Pool,
  ) {}

  /** Connects, then runs pending migrations before anything else uses the database. */
  static forRoot(url: string, logger: Logger, readUrl?: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(url, logger),
            // Migrations run below, under a lock, instead of inside initialize().
            migrationsRun: false,
            // Fail fast: a wrong DATABASE_URL should not leave the process retrying for half a minute.
            retryAttempts: 2,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await runMigrationsLocked(dataSource);
            return dataSource;
          },
        }),
      ],
      providers: [
        {
          provide: READ_DATA_SOURCE,
          inject: [getDataSourceToken()],
          useFactory: async (primary: DataSource) =>
            readUrl ? new DataSource({ ...dataSourceOptions(readUrl, logger), migrationsRun: false } as DataSourceOptions).initialize() : primary,
        },
        {
          // Exports read the same database as the other public routes (the replica when there is one), through a pool of their own.
          provide: EXPORT_POOL,
          inject: [READ_DATA_SOURCE, APP_CONFIG],
          useFactory: (read: DataSource, config: AppConfig) => createExportPool((read.options as { url?: string }).url!, config.export, logger),
        },
      ],
      exports: [READ_DATA_SOURCE, EXPORT_POOL],
    };
  }

  async onApplicationShutdown() {
    await this.exportPool.end();
    if (this.read !== this.primary && this.read.isInitialized) await this.read.destroy();
  }
}
