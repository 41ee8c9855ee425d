import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded';
import { freePort } from './helpers/ports';

/** One file for the slow path: a real PostgreSQL 18 from node_modules, in a temporary DATA_DIR. */
describe('embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dualcarbon-embedded-'));
  const logger = pino({ level: 'silent' });
  let pg: EmbeddedDatabase | undefined;

  afterAll(async () => {
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('initialises, starts, runs the migrations and stops', async () => {
    const port = await freePort();
    pg = await startEmbeddedPostgres({ dataDir, port, logger });
    expect(pg).toMatchObject({ port, owned: true });
    expect(pg.url).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${port}/dualcarbon$`));
    expect(statSync(join(dataDir, 'pg-password')).mode & 0o777).toBe(0o600);

    const db = createDataSource(pg.url, logger);
    await db.initialize();
    const [{ n }] = await db.query(`SELECT count(*)::int n FROM typeorm_migrations`);
    expect(n).toBe(MIGRATIONS.length);
    const [{ version }] = await db.query(`SELECT current_setting('server_version') AS version`);
    expect(version).toMatch(/^18\./);
    await db.destroy();

    await pg.stop();
    pg = undefined;
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('restarts on the same data after a crash left a stale postmaster.pid', async () => {
    // A PID that cannot be running: what a crash and a reboot leave behind.
    writeFileSync(join(dataDir, 'pg', 'postmaster.pid'), `999999999\n${join(dataDir, 'pg')}\n0\n5432\n\n127.0.0.1\n0 0\nready\n`);
    pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), logger });
    const db = createDataSource(pg.url, logger);
    await db.initialize();
    // Data survived: the migrations from the first start are still recorded, not run again.
    const [{ n }] = await db.query(`SELECT count(*)::int n FROM typeorm_migrations`);
    expect(n).toBe(MIGRATIONS.length);
    await db.destroy();
  });
});
