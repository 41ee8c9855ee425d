import type { EntryIssue, toEntryIssues } from '../editor/editor.errors';

/** An import's rows as checked (the report) and as created (the job); their own module, shared by the service, the runner and the queries. */
export interface ImportRow {
  row: number;
  ok: boolean;
  slug: string | null;
  issues: EntryIssue[];
  entryId?: string;
}

export interface RowResult {
  row: number;
  slug: string;
  entryId?: string;
  issues?: ReturnType<typeof toEntryIssues>;
}
