import type { DataSource } from 'typeorm';
import { pgPoolOf } from '../database/pg-pool';

export interface PoolStats {
  /** Clients open, idle or checked out. */
  total: number;
  idle: number;
  /** Queries queued for a client because every one is checked out. */
  waiting: number;
  /** The pool's size limit. */
  max: number;
}

/** The pg Pool behind a postgres DataSource, read without touching the database. */
export function poolStats(dataSource: DataSource): PoolStats | undefined {
  if (!dataSource.isInitialized || dataSource.options.type !== 'postgres') return undefined;
  const pool = pgPoolOf(dataSource);
  if (!pool || typeof pool.totalCount !== 'number') return undefined;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options?.max ?? 0 };
}
