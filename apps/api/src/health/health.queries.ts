import { firstRow, type Queryable } from '../database/sql';

/** SQL of the readiness checks. */

export const ping = (db: Queryable) => db.query('SELECT 1');

/** How many of the `expected` migrations the migrations table (already escaped) records as applied. */
export const appliedMigrations = async (db: Queryable, escapedTable: string, expected: string[]) =>
  (await firstRow<{ applied: number }>(db, `SELECT count(DISTINCT name)::int AS applied FROM ${escapedTable} WHERE name = ANY($1::text[])`, [expected]))
    ?.applied;
