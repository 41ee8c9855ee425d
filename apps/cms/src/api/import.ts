import { get, request } from './http';

export interface ImportIssue {
  path: string;
  code: string;
  message: string;
}

export interface ImportRow {
  row: number;
  ok: boolean;
  slug: string | null;
  issues: ImportIssue[];
  entryId?: string;
}

export interface ImportReport {
  dryRun: boolean;
  jobId: string | null;
  format: 'csv' | 'json';
  total: number;
  valid: number;
  invalid: number;
  rows: ImportRow[];
}

export interface ImportJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  created: number;
  failed: number;
  percent: number;
  rows: ImportRow[];
  error: string | null;
}

/** Uploads the file: with dryRun a report only; without, the valid rows start to become drafts. */
export function uploadImport(file: File, dryRun: boolean): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<ImportReport>('/editor/import', { method: 'POST', body: form, query: { dryRun: dryRun ? 'true' : undefined } });
}

export function fetchImportJob(jobId: string): Promise<ImportJob> {
  return get<ImportJob>(`/editor/import/${encodeURIComponent(jobId)}`);
}
