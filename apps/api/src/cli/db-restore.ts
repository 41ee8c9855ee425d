import 'reflect-metadata';
import { resolve } from 'node:path';
import { restoreDatabase } from '../backup/restore';
import { loadConfigOrExit } from '../config/config';
import { openDatabase } from '../database/database';
import { createLogger } from '../logging/logger';

/** `pnpm db:restore <file> [--force]`: restore a backup into DATABASE_URL or the embedded database. */
async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: pnpm db:restore <backup file> [--force]\n  --force  replace the contents of a non-empty database\n');
    process.exit(2);
  }
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  try {
    const header = await restoreDatabase(db.url, resolve(process.env.INIT_CWD ?? process.cwd(), file), {
      force: args.includes('--force'),
      onProgress: (table, i, n) => process.stderr.write(`\rrestore: ${i}/${n} tables (${table})\x1b[K`),
    });
    const rows = header.tables.reduce((s, t) => s + t.rows, 0);
    process.stderr.write(`\nrestore: ${header.tables.length} tables, ${rows} rows from a backup of ${header.createdAt}\n`);
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`\nrestore failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
