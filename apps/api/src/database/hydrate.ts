import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The columns an entity reads by default, as SQL select items of `alias` (for hand-written queries). */
export function selectList(ds: DataSource, target: EntityTarget<ObjectLiteral>, alias: string): string {
  return ds
    .getMetadata(target)
    .columns.filter((c) => c.isSelect)
    .map((c) => `${alias}.${quote(c.databaseName)}`)
    .join(', ');
}

/**
 * A row keyed by database column names (a plain result row, or an object from to_jsonb/jsonb_agg) in
 * the entity's shape, converted by TypeORM's own driver (types and column transformers), so a
 * hand-written query yields what the repository would.
 */
export function hydrate<T extends ObjectLiteral>(ds: DataSource, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const column of ds.getMetadata(target).columns) {
    if (!(column.databaseName in row)) continue;
    out[column.propertyName] = ds.driver.prepareHydratedValue(row[column.databaseName], column);
  }
  return out as T;
}
