import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** The pg Pool TypeORM's postgres driver opened for a data source (`master`; undefined before init or once destroyed). */
export function pgPoolOf(dataSource: DataSource): Pool | undefined {
  return (dataSource.driver as unknown as { master?: Pool }).master;
}

/**
 * Rows of one fixed, parameterised statement sent straight through the data source's pg pool. For the
 * public API's hot reads (version checks, text matches, result rows, entry pages): TypeORM builds a
 * query runner, an event broadcast and a log call around every `query()`, which cost as much as a
 * simple statement itself. Errors are pg's own, which the exception filter maps (503 when the database is away).
 */
export async function readRows<T>(dataSource: DataSource, sql: string, params?: unknown[]): Promise<T[]> {
  const pool = pgPoolOf(dataSource);
  if (!pool) return (await dataSource.query(sql, params)) as T[];
  return (await pool.query(sql, params)).rows as T[];
}
