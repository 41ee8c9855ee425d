import type { Pool } from 'pg';
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

/** A pg Pool (or the one behind a postgres DataSource), read without touching the database. */
export function poolStats(source: DataSource | Pool): PoolStats | undefined {
  const pool = 'driver' in source ? (source.isInitialized && source.options.type === 'postgres' ? pgPoolOf(source) : undefined) : source;
  if (!pool || typeof pool.totalCount !== 'number') return undefined;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options?.max ?? 0 };
}
