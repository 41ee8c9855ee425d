import type { Client } from 'pg';

export interface TableInfo {
  name: string;
  /** Columns that hold data: generated columns are recomputed by PostgreSQL on restore. */
  columns: string[];
}

/**
 * The public schema's tables in foreign-key order (referenced tables first), so a restore can COPY
 * them in this order with every constraint and trigger left on.
 */
export async function tablesInDependencyOrder(client: Client): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind IN ('r', 'p')
     GROUP BY c.relname`);
  const { rows: deps } = await client.query<{ child: string; parent: string }>(`
    SELECT DISTINCT cl.relname AS child, pl.relname AS parent
      FROM pg_constraint k
      JOIN pg_class cl ON cl.oid = k.conrelid
      JOIN pg_class pl ON pl.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = 'public'
     WHERE k.contype = 'f' AND cl.oid <> pl.oid`);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set()]));
  for (const d of deps) parents.get(d.child)?.add(d.parent);

  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name)) return;
    if (path.has(name)) throw new Error(`foreign keys form a cycle through ${name}`);
    path.add(name);
    for (const p of [...(parents.get(name) ?? [])].sort()) visit(p, path);
    path.delete(name);
    done.add(name);
    ordered.push(byName.get(name)!);
  };
  for (const name of [...byName.keys()].sort()) visit(name, new Set());
  return ordered;
}

export const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;
