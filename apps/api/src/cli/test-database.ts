import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startEmbeddedPostgres } from '../database/embedded';
import { freePort } from '../database/free-port';

/**
 * `npm test` without TEST_DATABASE_URL: a throwaway embedded PostgreSQL for one test run. Prints one JSON
 * line `{"url": …}` (the server's `postgres` database; tests create and drop their own beside it), then
 * runs until SIGTERM/SIGINT or until its standard input closes — which is how it notices that the test
 * run died without telling it — and then stops the server and deletes its data.
 */
async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'dualcarbon-testdb-'));
  const logger = pino({ level: 'warn' }, pino.destination(2));
  let stopping: Promise<void> | undefined;
  let pg: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await pg?.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
      if (pg) rmSync(pg.dataDir, { recursive: true, force: true });
      process.exit(0);
    })());
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void stop());
  process.stdin
    .on('end', () => void stop())
    .on('close', () => void stop())
    .resume();
  try {
    pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'dualcarbon_tests', logger, fast: true });
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    process.stderr.write(`could not start a throwaway PostgreSQL: ${(err as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify({ url: pg.url.replace(/\/dualcarbon_tests$/, '/postgres'), dataDir: pg.dataDir }) + '\n');
}

void main();
