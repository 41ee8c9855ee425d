import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { startEmbeddedPostgres } from './embedded';

export interface DatabaseHandle {
  url: string;
  /** What to tell people: the server and database, never the password. */
  description: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** postgres://user:secret@host:5432/db → postgres://user@host:5432/db */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString().replace(/^(\w+:\/\/[^@/]*):@/, '$1@');
  } catch {
    return '(unparseable URL)';
  }
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL in DATA_DIR, started here. */
export async function openDatabase(config: Pick<AppConfig, 'database'>, logger: Logger): Promise<DatabaseHandle> {
  const { url, dataDir, embeddedPort } = config.database;
  if (url) {
    const description = redactUrl(url);
    logger.info({ database: description }, `database: ${description} (DATABASE_URL)`);
    return { url, description, embedded: false, stop: async () => {} };
  }
  const pg = await startEmbeddedPostgres({ dataDir, port: embeddedPort, logger });
  const description = `${redactUrl(pg.url)} (embedded PostgreSQL, data in ${pg.dataDir})`;
  logger.info({ database: redactUrl(pg.url), dataDir: pg.dataDir }, `database: ${description}`);
  return { url: pg.url, description, embedded: true, stop: () => pg.stop() };
}
