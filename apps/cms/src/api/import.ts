import type { ImportJob, ImportReport, ImportRow } from '@dualcarbon/domain';
import { get, request } from './http';

export type { ImportJob, ImportReport, ImportRow };
export type ImportIssue = ImportRow['issues'][number];

/** Uploads the file: with dryRun a report only; without, the valid rows start to become drafts. */
export function uploadImport(file: File, dryRun: boolean): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<ImportReport>('/editor/import', { method: 'POST', body: form, query: { dryRun: dryRun ? 'true' : undefined } });
}

export function fetchImportJob(jobId: string): Promise<ImportJob> {
  return get<ImportJob>(`/editor/import/${encodeURIComponent(jobId)}`);
}
