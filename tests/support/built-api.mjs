// How the black-box tests (app.ts, built-app.ts), the screenshots (tests/visual) and the benchmarks
// (bench/) start the built API. Plain JavaScript, so that the node scripts import it as the tests do.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A port on 127.0.0.1 that nothing listens on now (the system picks it). @returns {Promise<number>} */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => ok(port));
    });
  });
}

/**
 * The built API (apps/api/dist/main.js, with the Node flags `npm start` uses) in production mode on
 * 127.0.0.1:`port` and the database at `databaseUrl`; `env` adds to that. Not waited for.
 * @param {{ databaseUrl: string; port: number; env?: Record<string, string | undefined>; stdio: import('node:child_process').StdioOptions }} options
 */
export function spawnBuiltApi({ databaseUrl, port, env = {}, stdio }) {
  const { flags } = /** @type {{ flags: string[] }} */ (JSON.parse(readFileSync(join(REPO_ROOT, 'apps/api/node-flags.json'), 'utf8')));
  return spawn(process.execPath, [...flags, join(REPO_ROOT, 'apps/api/dist/main.js')], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio,
  });
}

/**
 * Another instance of the built API on a free port, without seeding, logging warnings only, with what
 * production requires (its public URL; metrics open unless `env` gives a METRICS_TOKEN). `env` adds to
 * or overrides that. Not waited for.
 * @param {string} databaseUrl
 * @param {Record<string, string | undefined>} env
 * @param {import('node:child_process').StdioOptions} stdio
 */
export async function spawnUnseededApi(databaseUrl, env, stdio) {
  const port = await freePort();
  const child = spawnBuiltApi({
    databaseUrl,
    port,
    env: { SEED_ON_START: 'false', LOG_LEVEL: 'warn', PUBLIC_URL: `http://127.0.0.1:${port}`, METRICS_PUBLIC: env.METRICS_TOKEN ? 'false' : 'true', ...env },
    stdio,
  });
  return { base: `http://127.0.0.1:${port}`, child };
}
