import { availableActions, WORKFLOW_ACTIONS, type Actor, type TransitionScope, type WorkflowAction, type WorkflowState } from '@dualcarbon/domain';

/** Actions on the public copy itself; everything else acts on the working revision when there is one. */
export const LIVE_ACTIONS: ReadonlySet<WorkflowAction> = new Set<WorkflowAction>(['unpublish', 'archive']);

export interface WorkflowPosition {
  /** The entry's own state: what the public API goes by. */
  workflowStatus: WorkflowState;
  /** State of the working revision of a published entry, or null. */
  workingStatus: WorkflowState | null;
}

export type Scope = TransitionScope;

/**
 * Which state an action starts from. A published entry with an open revision has two: the
 * revision's (submit, approve, publish… apply to it) and the live copy's (unpublish, archive).
 */
export function transitionScope(p: WorkflowPosition, action: string): { scope: Scope; from: WorkflowState } {
  if (p.workingStatus && !LIVE_ACTIONS.has(action as WorkflowAction)) return { scope: 'working', from: p.workingStatus };
  return { scope: 'entry', from: p.workflowStatus };
}

/** The buttons to show: the domain's availableActions for each state the entry is in. */
export function actionsFor(p: WorkflowPosition, actor: Actor, authorId: string | null, submitterId: string | null): WorkflowAction[] {
  if (!p.workingStatus) return availableActions(p.workflowStatus, actor, authorId, submitterId);
  const working = availableActions(p.workingStatus, actor, authorId, submitterId, 'working');
  const live = availableActions(p.workflowStatus, actor, authorId, submitterId).filter((a) => LIVE_ACTIONS.has(a));
  return WORKFLOW_ACTIONS.filter((a) => working.includes(a) || live.includes(a));
}
