import { Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { Pool } from 'pg';
import type { ExportSection } from './export.config';

/**
 * The pg Pool exports read through: a few connections of their own, so however many downloads run,
 * the pool that serves sessions and every other public read is never drained by them. Statements are
 * bounded (statement_timeout) and so is an open transaction left idle; idle connections close.
 */
export const EXPORT_POOL = Symbol('EXPORT_POOL');
export const InjectExportPool = () => Inject(EXPORT_POOL);

export function createExportPool(url: string, config: ExportSection, logger: Logger): Pool {
  const pool = new Pool({
    connectionString: url,
    max: config.poolSize,
    application_name: 'dualcarbon-export',
    statement_timeout: config.statementTimeoutMs,
    idle_in_transaction_session_timeout: 5000,
    idleTimeoutMillis: 10_000,
    connectionTimeoutMillis: 5000,
  });
  // An idle connection the server dropped (a restart) is an 'error' event: unhandled, it would end the process.
  pool.on('error', (err) => logger.warn({ err }, 'export pool: idle connection lost'));
  return pool;
}
