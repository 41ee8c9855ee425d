import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { loadConfigOrExit } from '../config/config';
import { createDataSource } from '../database/data-source';
import { openDatabase } from '../database/database';
import { createLogger } from '../logging/logger';
import { upsertReferenceData } from '../seed/reference-data';
import { progressBar } from './progress';
import { loadSyntheticEntries } from './synthetic-loader';

const USAGE = `Usage: pnpm seed:synthetic [--count 100000] [--from 0] [--seed 2060] [--batch 1000] [--workers 2]

Loads published synthetic entries (slugs synthetic-<from>…synthetic-<from+count-1>) from the domain's
generator into DATABASE_URL, or the embedded database. Slugs that exist are skipped, so re-running is safe.`;

function option(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      from: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const count = option(values.count, 'count', 100_000, 1);
  const from = option(values.from, 'from', 0, 0);
  const seed = option(values.seed, 'seed', 2060, 0);
  const batchSize = option(values.batch, 'batch', 1000, 1);
  const workers = option(values.workers, 'workers', 2, 1);

  const config = loadConfigOrExit();
  const logger = createLogger({ app: { ...config.app, logLevel: config.app.logLevel === 'info' ? 'warn' : config.app.logLevel } });
  const db = await openDatabase(config, logger);
  const dataSource = createDataSource(db.url, logger);
  const pool = new Pool({ connectionString: db.url, max: workers, application_name: 'dualcarbon-seed-synthetic' });
  try {
    await dataSource.initialize(); // pending migrations
    await dataSource.transaction((manager) => upsertReferenceData(manager)); // regions the entries point at
    process.stderr.write(`seed:synthetic: ${count} entries (synthetic-${from}…synthetic-${from + count - 1}) into ${db.description}\n`);
    const bar = progressBar(count, 'entries');
    const result = await loadSyntheticEntries(pool, {
      count,
      from,
      seed,
      batchSize,
      workers,
      onProgress: (done, inserted) => bar.update(done, `(${inserted} new)`),
    });
    bar.stop();
    process.stderr.write(`seed:synthetic: ${result.inserted} inserted, ${result.skipped} already there, ${(result.ms / 1000).toFixed(1)} s\n`);
  } finally {
    await pool.end();
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`seed:synthetic failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
