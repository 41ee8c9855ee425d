import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source';
import { MIGRATIONS } from '../database/migrations';
import { END_OF_TABLE, parseHeader, type BackupHeader } from './format';
import { quoteIdent } from './tables';
import type { Progress } from './backup';

export interface RestoreOptions {
  /** Replace whatever the target database holds. Without it a non-empty target is refused. */
  force?: boolean;
  onProgress?: Progress;
}

async function migrate(url: string, names?: string[]): Promise<void> {
  // typeorm_migrations records each migration's instance `name`.
  const migrations = names ? MIGRATIONS.filter((m) => names.includes(new m().name ?? m.name)) : MIGRATIONS;
  const ds = new DataSource({ ...dataSourceOptions(url), migrations, logging: false, logger: undefined });
  await ds.initialize();
  await ds.destroy();
}

async function assertRestorable(client: Client, header: BackupHeader, force: boolean): Promise<void> {
  const known = MIGRATIONS.map((m) => new m().name ?? m.name);
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length) throw new Error(`the backup was made by a newer version of dualcarbon (migrations ${unknown.join(', ')}); restore it with that version`);
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r'`,
  );
  if (Number(rows[0].n) === 0) return;
  if (!force) throw new Error('the target database is not empty; pass --force to replace its contents');
  await client.query('DROP SCHEMA public CASCADE');
  await client.query('CREATE SCHEMA public');
}

/**
 * Restores a backup into `url`: brings the schema to the backup's migrations, loads every table in
 * one transaction (all or nothing), then applies any newer migrations of this version.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<BackupHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) throw new Error('the backup file is empty');
  const header = parseHeader(first.value);

  const client = new Client({ connectionString: url, application_name: 'dualcarbon-restore' });
  await client.connect();
  try {
    await assertRestorable(client, header, !!options.force);
    await migrate(url, header.migrations);
    const tables = header.tables.filter((t) => t.name !== 'typeorm_migrations');
    await client.query('BEGIN');
    // The schema is new, but migrations may have inserted reference rows; clear only tables that
    // hold some (append-only tables such as audit_log refuse TRUNCATE, and are empty here).
    const filled: string[] = [];
    for (const t of tables) {
      const { rowCount } = await client.query(`SELECT 1 FROM ${quoteIdent(t.name)} LIMIT 1`);
      if (rowCount) filled.push(quoteIdent(t.name));
    }
    if (filled.length) await client.query(`TRUNCATE ${filled.join(', ')} CASCADE`);
    // Rows come back exactly as they were: triggers that derive rows (change logs, audit guards)
    // must not fire again. Foreign keys are system triggers and stay on. The table owner (the
    // app's user, which ran the migrations) may do this; the transaction turns them back on.
    for (const t of tables) await client.query(`ALTER TABLE ${quoteIdent(t.name)} DISABLE TRIGGER USER`);
    for (const [i, t] of header.tables.entries()) {
      options.onProgress?.(t.name, i + 1, header.tables.length);
      const skip = t.name === 'typeorm_migrations';
      const sink = skip ? null : client.query(copyFrom(`COPY ${quoteIdent(t.name)} (${t.columns.map(quoteIdent).join(', ')}) FROM STDIN`));
      const done = sink ? new Promise<void>((resolve, reject) => sink.on('finish', resolve).on('error', reject)) : Promise.resolve();
      try {
        for (;;) {
          const next = await it.next();
          if (next.done) throw new Error(`the backup ends inside table ${t.name}`);
          if (next.value === END_OF_TABLE) break;
          if (sink && !sink.write(next.value + '\n')) await new Promise((r) => sink.once('drain', r));
        }
      } catch (err) {
        // Abort the COPY (CopyFail) so the connection can roll back instead of waiting for more rows.
        sink?.destroy(err as Error);
        await done.catch(() => undefined);
        throw err;
      }
      sink?.end();
      await done;
    }
    for (const t of tables) await client.query(`ALTER TABLE ${quoteIdent(t.name)} ENABLE TRIGGER USER`);
    await resetSequences(client);
    for (const t of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(t.name)}`);
      if (Number(rows[0].n) !== t.rows) throw new Error(`table ${t.name}: restored ${rows[0].n} rows, the backup holds ${t.rows}`);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    lines.close();
    await client.end();
  }
  await migrate(url);
  return header;
}

/** Serial and identity columns continue after the highest restored value. */
async function resetSequences(client: Client): Promise<void> {
  const { rows } = await client.query<{ tbl: string; col: string; seq: string }>(`
    SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE c.relkind = 'r' AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`);
  for (const r of rows) {
    await client.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdent(r.col)}) FROM ${quoteIdent(r.tbl)}), 0) + 1, false)`, [r.seq]);
  }
}
