/**
 * vitest globalSetup: a fresh database on the machine's PostgreSQL, the built app started on it, and
 * everything torn down afterwards. With E2E_BASE_URL set, the tests use that app instead.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort, REPO_ROOT, spawnBuiltApi } from './built-api.mjs';

export { REPO_ROOT };
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests/artifacts');
const API_MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');
const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const START_TIMEOUT_MS = 120_000;

/** Connection string for another database on the same server. */
function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

const redact = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The app exited (${child.exitCode ?? child.signalCode}) before it was healthy. Its output:\n${log()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not answer /api/health within ${START_TIMEOUT_MS / 1000} s (last: ${last}). Its output:\n${log()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });

  const external = process.env.E2E_BASE_URL?.replace(/\/+$/, '');
  if (external) {
    project.provide('baseUrl', external);
    project.provide('databaseUrl', process.env.E2E_DATABASE_URL ?? '');
    project.provide('mailDir', process.env.E2E_MAIL_DIR ?? '');
    project.provide('metricsToken', process.env.E2E_METRICS_TOKEN ?? '');
    return;
  }

  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} does not exist: build the app first (\`pnpm build\` at the repository root), or set E2E_BASE_URL.`);
  }

  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  const dbName = `dualcarbon_e2e_${randomBytes(5).toString('hex')}`;
  try {
    await admin(adminUrl, (c) => c.query(`CREATE DATABASE "${dbName}"`));
  } catch (e) {
    throw new Error(`Could not create a test database on ${redact(adminUrl)} (set TEST_DATABASE_URL): ${e instanceof Error ? e.message : e}`, { cause: e });
  }
  const dropDatabase = () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));

  // The app's own DATA_DIR: its mail (the file transport's .eml files) and link secret stay out of the repository's .data.
  const dataDir = mkdtempSync(join(tmpdir(), 'dualcarbon-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Production refuses to start with open metrics: the app gets a token, as a deployment would.
  const metricsToken = randomBytes(24).toString('hex');
  const logFile = createWriteStream(join(ARTIFACTS_DIR, 'app.log'));
  let recent = '';
  const capture = (chunk: Buffer) => {
    logFile.write(chunk);
    recent = (recent + chunk.toString()).slice(-8_000);
  };

  const child = spawnBuiltApi({
    databaseUrl: withDatabase(adminUrl, dbName),
    port,
    env: {
      PUBLIC_URL: baseUrl,
      METRICS_TOKEN: metricsToken,
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);

  const teardown = async () => {
    await stop(child);
    logFile.end();
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => recent);
  } catch (e) {
    await teardown().catch(() => undefined);
    throw e;
  }

  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', withDatabase(adminUrl, dbName));
  project.provide('mailDir', join(dataDir, 'mail'));
  project.provide('metricsToken', metricsToken);
  return teardown;
}
