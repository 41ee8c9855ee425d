import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded';
import { freePort } from '../src/database/free-port';

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

  // What root's mode-700 home folder does to a clone: the "postgres" account cannot enter it.
  it.skipIf(process.getuid?.() !== 0)('starts from a private checkout as root, and finds its data again on the next start', async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'dualcarbon-private-'));
    const sharedHome = mkdtempSync(join(tmpdir(), 'dualcarbon-shared-'));
    chmodSync(checkout, 0o700);
    chmodSync(sharedHome, 0o755);
    const privateData = join(checkout, '.data');
    try {
      let server = await startEmbeddedPostgres({ dataDir: privateData, port: await freePort(), logger, sharedHome });
      expect(server.dataDir.startsWith(sharedHome)).toBe(true);
      let db = createDataSource(server.url, logger);
      await db.initialize();
      await db.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives a restart')`);
      await db.destroy();
      await server.stop();

      server = await startEmbeddedPostgres({ dataDir: privateData, port: await freePort(), logger, sharedHome });
      db = createDataSource(server.url, logger);
      await db.initialize();
      expect(await db.query(`SELECT note FROM kept`)).toEqual([{ note: 'survives a restart' }]);
      await db.destroy();
      await server.stop();
    } finally {
      rmSync(checkout, { recursive: true, force: true });
      rmSync(sharedHome, { recursive: true, force: true });
    }
  });
});
