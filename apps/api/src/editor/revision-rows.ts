import type { WorkflowState } from '@dualcarbon/domain';
import type { UserRef } from './users';

/** A saved version as the history queries of entries and of newsletter issues read it. */
export interface RevisionRow {
  version: number;
  workflow_status: WorkflowState;
  note: string | null;
  created_at: Date;
  created_by: UserRef | null;
}

/** What every revision answer, an entry's or an issue's, says about the version. */
export const revisionSummary = (r: RevisionRow) => ({
  version: r.version,
  workflowStatus: r.workflow_status,
  note: r.note,
  createdAt: new Date(r.created_at).toISOString(),
  createdBy: r.created_by,
});
