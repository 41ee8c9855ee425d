import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BACKUP_FORMAT, BACKUP_VERSION, END_OF_TABLE, type BackupHeader } from './format';
import { quoteIdent, tablesInDependencyOrder } from './tables';

export type Progress = (table: string, index: number, total: number) => void;

/**
 * Writes a consistent snapshot of the database to `outPath` (gzip). One REPEATABLE READ
 * transaction, so rows written during the backup are either wholly in or wholly out.
 */
export async function backupDatabase(url: string, outPath: string, onProgress?: Progress): Promise<BackupHeader> {
  const client = new Client({ connectionString: url, application_name: 'dualcarbon-backup' });
  await client.connect();
  const tmp = `${outPath}.partial`;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesInDependencyOrder(client);
    const counts: number[] = [];
    for (const t of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*)::bigint AS n FROM ${quoteIdent(t.name)}`);
      counts.push(Number(rows[0].n));
    }
    const migrations = tables.some((t) => t.name === 'typeorm_migrations')
      ? (await client.query<{ name: string }>('SELECT name FROM typeorm_migrations ORDER BY id')).rows.map((r) => r.name)
      : [];
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables: tables.map((t, i) => ({ name: t.name, columns: t.columns, rows: counts[i] })),
    };
    const body = new PassThrough();
    const written = pipeline(body, createGzip(), createWriteStream(tmp));
    body.write(JSON.stringify(header) + '\n');
    for (const [i, t] of tables.entries()) {
      onProgress?.(t.name, i + 1, tables.length);
      const cols = t.columns.map(quoteIdent).join(', ');
      const stream = client.query(copyTo(`COPY ${quoteIdent(t.name)} (${cols}) TO STDOUT`));
      for await (const chunk of stream) if (!body.write(chunk)) await new Promise((r) => body.once('drain', r));
      body.write(END_OF_TABLE + '\n');
    }
    body.end();
    await written;
    await client.query('COMMIT');
    await rename(tmp, outPath);
    return header;
  } finally {
    await client.end();
  }
}
