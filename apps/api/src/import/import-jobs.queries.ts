import { execute, firstRow, type Queryable } from '../database/sql';
import { userJson, type UserRef } from '../editor/users';
import type { ImportRow, RowResult } from './import-rows';

/** SQL of import_jobs: a job's creation, progress, end, and the report the CMS polls; typed rows. */

export interface ImportJobRow {
  id: string;
  status: 'running' | 'done' | 'failed';
  format: 'csv' | 'json';
  total: number;
  processed: number;
  created_count: number;
  failed_count: number;
  report: ImportRow[];
  results: RowResult[];
  creator: UserRef | null;
  created_at: Date;
  finished_at: Date | null;
  error: string | null;
}

export const importJobQueries = {
  /** A job left 'running' by a process that died stays visible as failed. */
  failInterrupted: (db: Queryable) =>
    execute(
      db,
      `UPDATE import_jobs SET status = 'failed', error = 'Interrupted (the server restarted)', finished_at = now()
               WHERE status = 'running' AND updated_at < now() - interval '10 minutes'`,
    ),
  insert: async (db: Queryable, j: { createdBy: string; format: string; total: number; report: ImportRow[] }) =>
    (await firstRow<{ id: string }>(db, `INSERT INTO import_jobs (created_by, format, total, report) VALUES ($1, $2, $3, $4::jsonb) RETURNING id`, [
      j.createdBy,
      j.format,
      j.total,
      JSON.stringify(j.report),
    ]))!.id,
  byId: (db: Queryable, id: string) =>
    firstRow<ImportJobRow>(db, `SELECT j.*, ${userJson('j.created_by')} AS creator FROM import_jobs j WHERE j.id = $1`, [id]),
  progress: (db: Queryable, jobId: string, results: RowResult[], created: number) =>
    execute(
      db,
      `UPDATE import_jobs SET processed = processed + $2, created_count = created_count + $3, failed_count = failed_count + $4,
              results = results || $5::jsonb, updated_at = now()
        WHERE id = $1`,
      [jobId, results.length, created, results.length - created, JSON.stringify(results)],
    ),
  /** Marks the job done; its final counts. */
  done: (db: Queryable, jobId: string) =>
    firstRow<{ created_count: number; failed_count: number; total: number }>(
      db,
      `UPDATE import_jobs SET status = 'done', finished_at = now(), updated_at = now() WHERE id = $1 RETURNING created_count, failed_count, total`,
      [jobId],
    ),
  failed: (db: Queryable, jobId: string, error: string) =>
    execute(db, `UPDATE import_jobs SET status = 'failed', error = $2, finished_at = now(), updated_at = now() WHERE id = $1`, [jobId, error]),
};
