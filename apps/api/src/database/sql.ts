import type { EntityManager } from 'typeorm';

/**
 * What a feature's queries module runs its SQL on: a DataSource, an EntityManager inside a
 * transaction, or a QueryRunner. Services pass it through; they never call `.query(` themselves.
 */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * Rows of a raw query. TypeORM's postgres driver answers UPDATE and DELETE with `[rows, rowCount]`
 * but other statements with `rows`; this always gives the rows (RETURNING ones for UPDATE/DELETE).
 */
export async function rowsOf<T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  if (isRowsAndCount(result)) return result[0] as T[];
  return result as T[];
}

/** The first row of a raw query, or undefined. */
export async function firstRow<T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await rowsOf<T>(db, sql, params))[0];
}

/** How many rows an UPDATE or DELETE touched. */
export async function affectedBy(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  const result: unknown = await db.query(sql, params);
  if (isRowsAndCount(result)) return result[1];
  return Array.isArray(result) ? result.length : 0;
}

/** One page of a list: `from` is the table (with its joins and WHERE), `params` its placeholders' values. */
export interface PageQuery {
  select: string;
  from: string;
  orderBy: string;
  params: unknown[];
  limit: number;
  offset: number;
}

/** A page of rows and how many rows the whole list has (a count, then the page: LIMIT and OFFSET after `params`). */
export async function pagedRows<T>(db: Queryable, q: PageQuery): Promise<{ rows: T[]; total: number }> {
  const { total } = (await firstRow<{ total: number }>(db, `SELECT count(*)::int AS total FROM ${q.from}`, q.params))!;
  const n = q.params.length;
  const rows = await rowsOf<T>(db, `SELECT ${q.select} FROM ${q.from} ORDER BY ${q.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`, [
    ...q.params,
    q.limit,
    q.offset,
  ]);
  return { rows, total };
}

/** Runs a statement whose answer nobody reads. */
export async function execute(db: Queryable, sql: string, params: unknown[] = []): Promise<void> {
  await db.query(sql, params);
}

function isRowsAndCount(result: unknown): result is [unknown[], number] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
}

/** A row's timestamp as the answers write it (ISO 8601, UTC), or null when the column is null. */
export const isoOrNull = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

/**
 * A unique constraint refused the write. TypeORM wraps pg errors in QueryFailedError; the pg fields
 * sit on `driverError` (and usually on the error too). The constraint is matched by name, or by
 * pattern against the name (or the message, when a driver gave no name).
 */
export function isUniqueViolation(err: unknown, constraint: string | RegExp): boolean {
  const e = (err as { driverError?: unknown })?.driverError ?? err;
  if (typeof e !== 'object' || e === null || (e as { code?: string }).code !== '23505') return false;
  const name = (e as { constraint?: string }).constraint;
  if (typeof constraint === 'string') return name === constraint;
  return constraint.test(String(name ?? (e as Error).message));
}

/**
 * Inside a write's transaction: the row is no longer at the version the client based its change on.
 * The transaction is rolled back and the caller answers 409 with the current version.
 */
export class StaleRead extends Error {}

/**
 * A WHERE clause built from optional conditions, every value a bound parameter (`$n`), never text
 * spliced into the SQL. `param` gives a value's placeholder (use it twice to compare one value twice).
 */
export class SqlConditions {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  /** Adds a condition built from placeholders this builder handed out. */
  and(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** `WHERE a AND b`, or '' when there is no condition. */
  get where(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/** `%text%` for ILIKE, with the pattern's own wildcards (and the escape character) taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
