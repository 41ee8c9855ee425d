import type { TransitionRequest, TransitionResult, WorkflowAction, WorkflowState } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService, RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import { StaleRead } from '../database/sql';
import type { TransitionBody } from '../editor/editor.schemas';
import { canSee } from '../editor/visibility';
import { workflowError } from './review.errors';
import { logTransition, stateAfterMove, type WorkflowStateRow, type WorkflowTable } from './transitions.queries';
import { transitionScope, type Scope } from './workflow-scope';

/** A row under the workflow: an entry or a newsletter issue. */
export interface WorkflowItem {
  id: string;
  version: number;
  workflowStatus: WorkflowState;
  workingStatus: WorkflowState | null;
  authorId: string | null;
  submittedBy: string | null;
}

/** The move being made, as decided by the domain. */
export interface Move {
  action: string;
  scope: Scope;
  from: WorkflowState;
  to: WorkflowState;
  comment: string | null;
  actorId: string;
}

/** What differs between entries and issues; everything else about a move is the same. */
export interface WorkflowSubject<T extends WorkflowItem> {
  table: WorkflowTable;
  /** Audit entity type and prefix of its actions ("entry.publish", "newsletter.publish"). */
  entityType: 'entry' | 'newsletter';
  /** The row, locked FOR UPDATE, or null. */
  find(m: EntityManager, id: string): Promise<T | null>;
  notFound(id: string): Error;
  /** The domain's decision (the machine in packages/domain/src/workflow/machine.ts). */
  decide(req: TransitionRequest & { scope: Scope }): TransitionResult;
  /** Who counts as the author for the four-eyes rule (someone who contributed content counts as one). */
  authorFor(m: EntityManager, item: T, user: AuthUser): Promise<string | null>;
  /** Refuses a move the row's content does not allow (after the machine allowed it). */
  check?(m: EntityManager, item: T, action: string): Promise<void>;
  /** Writes the move's effect on the row (and its revisions). */
  apply(m: EntityManager, item: T, move: Move): Promise<unknown>;
  /** Records what else the move leaves behind (comments, activity) before it is logged; how the log refers to its comment. */
  recordAlongside(m: EntityManager, item: T, move: Move): Promise<{ id: string | null } | { text: string | null }>;
  /** The audit's before (state and what names the row) and the names of the state after. */
  auditBefore(item: T): Record<string, unknown>;
  auditAfter(after: WorkflowStateRow): Record<string, unknown>;
}

/**
 * One workflow move of an entry or an issue, inside the caller's transaction: the row locked, the
 * version the client saw checked (StaleRead), the domain's machine consulted, the move applied,
 * logged in the subject's transition table and audited with before and after.
 */
export async function runWorkflowTransition<T extends WorkflowItem>(
  m: EntityManager,
  subject: WorkflowSubject<T>,
  id: string,
  body: TransitionBody,
  user: AuthUser,
  meta: RequestMeta,
  audit: AuditService,
): Promise<T> {
  const item = await subject.find(m, id);
  if (!item || !canSee(item, user)) throw subject.notFound(id);
  if (body.version !== undefined && body.version !== item.version) throw new StaleRead();
  const { scope, from } = transitionScope(item, body.action);
  const decision = subject.decide({
    from,
    action: body.action,
    actor: user,
    authorId: await subject.authorFor(m, item, user),
    submitterId: item.submittedBy,
    comment: body.comment,
    scope,
  });
  if (!decision.ok) throw workflowError(decision);
  await subject.check?.(m, item, body.action);

  const before = subject.auditBefore(item);
  const move: Move = { action: body.action as WorkflowAction, scope, from, to: decision.to, comment: body.comment ?? null, actorId: user.id };
  await subject.apply(m, item, move);
  const after = await stateAfterMove(m, subject.table, id);
  const comment = await subject.recordAlongside(m, item, move);
  await logTransition(m, subject.table, { id, action: body.action, scope, from, to: decision.to, actorId: user.id, version: after.version, comment });
  await audit.record(
    {
      actorId: user.id,
      action: `${subject.entityType}.${body.action}`,
      entityType: subject.entityType,
      entityId: id,
      before,
      after: { ...subject.auditAfter(after), version: after.version, scope, comment: body.comment ?? null },
      ...meta,
    },
    m,
  );
  return item;
}
