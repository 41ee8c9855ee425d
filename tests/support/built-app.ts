import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { spawnUnseededApi } from './built-api.mjs';

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
  const { base, child: spawned } = await spawnUnseededApi(databaseUrl, env, ['ignore', 'pipe', 'pipe']);
  const child = spawned as ChildProcessByStdio<null, Readable, Readable>; // stdout and stderr are piped
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-6000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { base, child, output: () => output, exited };
}
