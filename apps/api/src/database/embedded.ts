import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { binaryFolder, dataFolder, DEFAULT_SHARED_HOME } from './embedded-layout';
import { initialiseCluster, packagedBinaries, serverAccount, startServer } from './embedded-server';
import { inspectPostmaster, removeStalePidFile, stopOrphan } from './postmaster';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  logger: Logger;
  /** Where root keeps binaries and data the "postgres" account cannot reach in the checkout (EMBEDDED_PG_HOME). */
  sharedHome?: string;
  /** No fsync: for a throwaway server. */
  fast?: boolean;
}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** False when another running instance owns the server; stop() then leaves it alone. */
  owned: boolean;
  /** The server's data folder (`$DATA_DIR/pg`, or its place under EMBEDDED_PG_HOME). */
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';

const passwordFile = (dataDir: string) => join(dataDir, 'pg-password');

/** The superuser password is made once per data directory and kept beside it (mode 600). */
function passwordFor(dataDir: string): string {
  const existing = readEmbeddedPassword(dataDir);
  if (existing) return existing;
  const password = randomBytes(18).toString('base64url');
  writeFileSync(passwordFile(dataDir), password + '\n', { mode: 0o600 });
  return password;
}

export function readEmbeddedPassword(dataDir: string): string | undefined {
  const file = passwordFile(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

export function embeddedUrl(dataDir: string, port: number, database = 'dualcarbon', password = passwordFor(dataDir)): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)} ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts (initialising on first use) the PostgreSQL that ships in node_modules, with its data in `$DATA_DIR/pg`.
 * As root the server runs as the "postgres" account; when that account cannot enter the checkout (a private
 * home folder), the binaries are copied and the data kept under EMBEDDED_PG_HOME (see embedded-layout).
 */
export async function startEmbeddedPostgres({ dataDir, port, database = 'dualcarbon', logger, sharedHome, fast }: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = logger.child({ context: 'EmbeddedPostgres' });
  mkdirSync(dataDir, { recursive: true });
  const account = serverAccount();
  const home = sharedHome ?? process.env.EMBEDDED_PG_HOME ?? DEFAULT_SHARED_HOME;
  // The account must be able to enter DATA_DIR itself; whether it can reach it also depends on the folders above.
  if (account) chmodSync(dataDir, 0o755);
  const pgDir = dataFolder(dataDir, account, home);
  if (!pgDir.startsWith(dataDir))
    log.info({ dir: pgDir }, 'the checkout is private to root: the embedded PostgreSQL keeps its data where its account can reach it');

  const existing = inspectPostmaster(pgDir);
  if (existing.state === 'running') {
    const url = embeddedUrl(dataDir, existing.port, database);
    await ensureDatabase(url, database);
    log.info({ pid: existing.pid, port: existing.port }, 'reusing the embedded PostgreSQL another process is running');
    return { url, port: existing.port, owned: false, dataDir: pgDir, stop: async () => {} };
  }
  if (existing.state === 'orphaned') {
    log.warn({ pid: existing.pid }, 'stopping an embedded PostgreSQL left running by a previous crash');
    await stopOrphan(existing.pid);
  }
  if (existing.state === 'stale') {
    log.warn({ pid: existing.pid }, 'removing a stale postmaster.pid left by a crash');
    removeStalePidFile(pgDir);
  }

  const packaged = await packagedBinaries();
  const bin = { ...packaged, native: binaryFolder(packaged.native, packaged.version, account, home) };
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    // A folder without PG_VERSION is an initdb that was interrupted; initdb refuses non-empty folders.
    rmSync(pgDir, { recursive: true, force: true });
    log.info({ dir: pgDir }, 'initialising the embedded PostgreSQL data directory');
    // UTF-8 with Unicode character classes, so trigram search splits Chinese text into characters.
    const flags = ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C.UTF-8'];
    await initialiseCluster(bin, pgDir, { user: USER, password: passwordFor(dataDir), flags, account });
  }
  // TCP on loopback only; no Unix socket, whose default folder may not exist or be writable.
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  // A throwaway server (tests) need not survive a power cut: skip the fsyncs.
  if (fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  let server;
  try {
    server = await startServer(bin, pgDir, { port, flags, account, onLog: (m) => log.debug(m) });
  } catch (err) {
    throw new Error(startFailure(port, (err as Error).message), { cause: err });
  }
  const url = embeddedUrl(dataDir, port, database);
  await ensureDatabase(url, database);
  return { url, port, owned: true, dataDir: pgDir, stop: () => server.stop() };
}

/** One line a person can act on, from what the postmaster said before it exited. */
export function startFailure(port: number, said: string): string {
  if (/Address already in use|could not bind/i.test(said)) {
    return `The embedded PostgreSQL could not listen on 127.0.0.1:${port}, which another program uses: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to a server of your own.`;
  }
  const fatal = /(FATAL|PANIC):\s*([^|]+)/.exec(said)?.[2]?.trim();
  return `The embedded PostgreSQL did not start${fatal ? ` (${fatal})` : ''}: set DATABASE_URL to a PostgreSQL 14+ server of your own if this persists.`;
}
