import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { REPO_ROOT } from './app';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

export interface BuiltApp {
  base: string;
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** The last few KB the process wrote (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * Another instance of the built API (apps/api/dist/main.js, with the Node flags `npm start` uses) on
 * the test database and a free port, in production mode, without seeding. Not waited for.
 */
export async function spawnBuiltApp(databaseUrl: string, env: Record<string, string> = {}): Promise<BuiltApp> {
  const port = await freePort();
  const { flags } = JSON.parse(readFileSync(join(REPO_ROOT, 'apps/api/node-flags.json'), 'utf8')) as { flags: string[] };
  const child = spawn(process.execPath, [...flags, join(REPO_ROOT, 'apps/api/dist/main.js')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
      // What production requires (metrics open only when no METRICS_TOKEN is given).
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      METRICS_PUBLIC: env.METRICS_TOKEN ? 'false' : 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-6000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { base: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}
