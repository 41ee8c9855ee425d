import type { EntityManager } from 'typeorm';

/**
 * Rows of a raw query. TypeORM's postgres driver answers UPDATE and DELETE with `[rows, rowCount]`
 * but other statements with `rows`; this always gives the rows (RETURNING ones for UPDATE/DELETE).
 */
export async function rowsOf<T = Record<string, unknown>>(m: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await m.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
