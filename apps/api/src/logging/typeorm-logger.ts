import type { Logger as PinoLogger } from 'pino';
import type { Logger as OrmLogger } from 'typeorm';

/** TypeORM's events as pino lines: failed and slow queries and migrations, never parameters (they may hold personal data). */
export class PinoTypeOrmLogger implements OrmLogger {
  private readonly out: PinoLogger;
  constructor(logger: PinoLogger) {
    this.out = logger.child({ context: 'TypeORM' });
  }
  logQuery(query: string) {
    this.out.trace({ query }, 'query');
  }
  logQueryError(error: string | Error, query: string) {
    this.out.error({ query, err: error }, 'query failed');
  }
  logQuerySlow(ms: number, query: string) {
    this.out.warn({ query, ms }, 'slow query');
  }
  /** TypeORM reports a migration that ran through this channel; that one is worth an info line. */
  logSchemaBuild(message: string) {
    if (/(executed|reverted) successfully/.test(message)) this.out.info(message);
    else this.out.debug(message);
  }
  logMigration(message: string) {
    this.out.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.out.warn(String(message));
    else this.out.debug(String(message));
  }
}
