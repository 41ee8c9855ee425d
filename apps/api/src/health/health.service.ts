import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { API_VERSION } from '../version';
import { appliedMigrations, ping } from './health.queries';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  version: string;
}

export interface LivenessReport {
  status: 'ok';
  version: string;
}

export interface ReadinessReport extends HealthReport {
  /** Whether every migration this build knows is recorded in the database; `unknown` while it is down. */
  migrations: 'applied' | 'pending' | 'unknown';
}

const PROBE_TIMEOUT_MS = 2000;

/** PostgreSQL's undefined_table: the migrations table itself is missing. */
const UNDEFINED_TABLE = '42P01';

@Injectable()
export class HealthService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async check(): Promise<HealthReport> {
    const up = await this.withinTimeout(this.databaseUp(), false);
    return { status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down', version: API_VERSION };
  }

  /** The process serves HTTP; nothing else is looked at (a database outage must not get the process restarted). */
  live(): LivenessReport {
    return { status: 'ok', version: API_VERSION };
  }

  /** Ready for traffic: the database answers and has every migration this build expects. One query. */
  async ready(): Promise<ReadinessReport> {
    const migrations = await this.withinTimeout(this.migrationState(), 'unknown' as const);
    const database = migrations === 'unknown' ? 'down' : 'up';
    return { status: migrations === 'applied' ? 'ok' : 'degraded', database, migrations, version: API_VERSION };
  }

  private databaseUp(): Promise<boolean> {
    return this.db.isInitialized
      ? ping(this.db).then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
  }

  private async migrationState(): Promise<ReadinessReport['migrations']> {
    if (!this.db.isInitialized) return 'unknown';
    try {
      // TypeORM records a migration under its `name`, else its class name.
      const expected = this.db.migrations.map((m) => m.name ?? m.constructor.name);
      const table = this.db.driver.escape(this.db.options.migrationsTableName ?? 'migrations');
      return (await appliedMigrations(this.db, table, expected)) === expected.length ? 'applied' : 'pending';
    } catch (err) {
      return (err as { code?: string } | null)?.code === UNDEFINED_TABLE ? 'pending' : 'unknown';
    }
  }

  /** A load balancer polls these: answer within the timeout even when the database hangs. */
  private async withinTimeout<T>(probe: Promise<T>, fallback: T): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), PROBE_TIMEOUT_MS)));
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
