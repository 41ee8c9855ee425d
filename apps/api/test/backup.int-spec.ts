import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../src/backup/backup';
import { restoreDatabase } from '../src/backup/restore';
import { startTestApp, type TestApp } from './helpers/test-app';
import { createTestDatabase, type TestDatabase } from './helpers/test-db';

/** Row count and an order-independent fingerprint of every table's contents. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: tables } = await c.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      const { rows } = await c.query(`SELECT count(*) AS n, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${t}" x`);
      out[t] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

describe('backup and restore', () => {
  let source: TestApp;
  let target: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'dc-backup-'));

  beforeAll(async () => {
    source = await startTestApp();
    // Make sure revisions and audit rows exist beside the seeded entries.
    const hasAudit = await source.db.query(`SELECT to_regclass('public.audit_log') IS NOT NULL AS ok`);
    if (hasAudit[0].ok) {
      await source.db.query(
        `INSERT INTO audit_log (action, entity_type, entity_id, after, ip, user_agent) VALUES ('test.backup', 'entry', NULL, $1, '127.0.0.1', 'vitest')`,
        [JSON.stringify({ text: '多行\n文本 \\ 和 tab\t' })],
      );
    }
    // A source file: every byte value, so the bytea round trip is seen to be exact.
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const [file] = await source.db.query(
      `INSERT INTO entry_files (entry_id, name, media_type, size, sha256, bytes, attached_at)
       SELECT id, '方案.pdf', 'application/pdf', 256, encode(sha256($1), 'hex'), $1, now() FROM entries ORDER BY slug LIMIT 1 RETURNING id, entry_id`,
      [bytes],
    );
    await source.db.query(`INSERT INTO entry_sources (entry_id, position, file_id, title) VALUES ($1, 99, $2, '方案')`, [file.entry_id, file.id]);
    target = await createTestDatabase();
  }, 60_000);

  afterAll(async () => {
    await source?.close();
    await target?.drop();
  });

  it('round-trips every table, row for row, including entries, revisions and audit rows', async () => {
    const file = join(dir, 'db.dcbackup.gz');
    const header = await backupDatabase(source.database.url, file);
    const counts = Object.fromEntries(header.tables.map((t) => [t.name, t.rows]));
    expect(counts.entries).toBeGreaterThan(0);
    expect(counts.entry_revisions).toBeGreaterThan(0);
    expect(counts.entry_files).toBe(1);

    await restoreDatabase(target.url, file);
    const [before, after] = await Promise.all([fingerprint(source.database.url), fingerprint(target.url)]);
    expect(after).toEqual(before);
  }, 60_000);

  it('refuses to overwrite a database that holds data unless forced', async () => {
    const file = join(dir, 'again.dcbackup.gz');
    await backupDatabase(source.database.url, file);
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(/not empty/);
    await restoreDatabase(target.url, file, { force: true });
    expect(await fingerprint(target.url)).toEqual(await fingerprint(source.database.url));
  }, 60_000);

  it('refuses a file that is not a backup, and leaves nothing half-restored from a truncated one', async () => {
    const junk = join(dir, 'junk.gz');
    writeFileSync(junk, gzipSync('hello\n'));
    await expect(restoreDatabase(target.url, junk, { force: true })).rejects.toThrow(/not a dualcarbon backup/);

    const good = join(dir, 'good.dcbackup.gz');
    const header = await backupDatabase(source.database.url, good);
    const { gunzipSync } = await import('node:zlib');
    const { readFileSync } = await import('node:fs');
    const text = gunzipSync(readFileSync(good)).toString('utf8');
    const cut = join(dir, 'cut.dcbackup.gz');
    writeFileSync(cut, gzipSync(text.slice(0, Math.floor(text.length * 0.6))));
    const empty = await createTestDatabase();
    try {
      await expect(restoreDatabase(empty.url, cut)).rejects.toThrow();
      const c = new Client({ connectionString: empty.url });
      await c.connect();
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM entries`);
      await c.end();
      expect(rows[0].n).toBe(0);
      expect(header.tables.length).toBeGreaterThan(5);
    } finally {
      await empty.drop();
    }
  }, 60_000);
});
