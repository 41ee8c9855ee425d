/**
 * A dualcarbon backup is one gzip file of text lines:
 *   line 1: a JSON header { format, version, createdAt, migrations, tables: [{name, columns, rows}] }
 *   then, per table in header order: the rows as PostgreSQL COPY text (one row per line), ended by "\.".
 * COPY text escapes newlines inside values, so a row is always one line. Unlike pg_dump it works
 * against any server version (the embedded PostgreSQL 18 ships no pg_dump) and restores through
 * the app's own migrations, so the schema always matches the code that reads it.
 */
export const BACKUP_FORMAT = 'dualcarbon-backup';
export const BACKUP_VERSION = 1;
export const END_OF_TABLE = '\\.';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** Names of the migrations applied in the source database, in order. */
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
}

export function parseHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line) as BackupHeader;
  } catch {
    throw new Error('not a dualcarbon backup (the first line is not a JSON header)');
  }
  if (header.format !== BACKUP_FORMAT) throw new Error('not a dualcarbon backup');
  if (header.version !== BACKUP_VERSION) throw new Error(`backup format version ${header.version} is not supported`);
  return header;
}
