import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupDatabase } from '../backup/backup';
import { loadConfigOrExit } from '../config/config';
import { openDatabase } from '../database/database';
import { createLogger } from '../logging/logger';

/**
 * `pnpm db:backup [file]`: a consistent snapshot of DATABASE_URL or the embedded database
 * (default file: $DATA_DIR/backups/dualcarbon-<time>.dcbackup.gz).
 */
async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = process.argv[2]
    ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2])
    : join(config.database.dataDir, 'backups', `dualcarbon-${stamp}.dcbackup.gz`);
  mkdirSync(join(out, '..'), { recursive: true });
  const db = await openDatabase(config, logger);
  try {
    const header = await backupDatabase(db.url, out, (table, i, n) => process.stderr.write(`\rbackup: ${i}/${n} tables (${table})\x1b[K`));
    const rows = header.tables.reduce((s, t) => s + t.rows, 0);
    process.stderr.write(`\nbackup: ${header.tables.length} tables, ${rows} rows → ${out}\n`);
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`\nbackup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
