import type { WorkflowState } from '@dualcarbon/domain';
import { execute, firstRow, type Queryable } from '../database/sql';

/** SQL of workflow moves, for both workflow tables: entries and newsletters, with their transition logs. */

export type WorkflowTable = 'entries' | 'newsletters';

export interface WorkflowStateRow {
  workflow_status: WorkflowState;
  working_status: WorkflowState | null;
  version: number;
}

/** One workflow move as logged; `commentId` only for entries (their comments are rows of their own). */
export interface TransitionLogRow {
  id: string;
  action: string;
  scope: string;
  from: string;
  to: string;
  actorId: string;
  version: number;
  comment: { id: string | null } | { text: string | null };
}

/** The row's workflow state as the move left it. */
export const stateAfterMove = async (m: Queryable, table: WorkflowTable, id: string) =>
  (await firstRow<WorkflowStateRow>(m, `SELECT workflow_status, working_status, version FROM ${table} WHERE id = $1`, [id]))!;

export async function logTransition(m: Queryable, table: WorkflowTable, t: TransitionLogRow): Promise<void> {
  if (table === 'entries') {
    await execute(
      m,
      `INSERT INTO entry_transitions (entry_id, action, scope, from_status, to_status, actor_id, comment_id, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [t.id, t.action, t.scope, t.from, t.to, t.actorId, 'id' in t.comment ? t.comment.id : null, t.version],
    );
  } else {
    await execute(
      m,
      `INSERT INTO newsletter_transitions (newsletter_id, action, scope, from_status, to_status, actor_id, comment, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [t.id, t.action, t.scope, t.from, t.to, t.actorId, 'text' in t.comment ? t.comment.text : null, t.version],
    );
  }
}
