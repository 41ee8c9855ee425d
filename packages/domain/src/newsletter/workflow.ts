/**
 * Issues go through the same review workflow as entries: the same table (WORKFLOW_RULES), the same four
 * eyes, the same failure codes and HTTP statuses. Only the wording of messages says "issue".
 */
import {
  availableActions,
  decideTransition,
  type Actor,
  type TransitionRequest,
  type TransitionResult,
  type WorkflowAction,
  type WorkflowState,
} from '../workflow/machine';

export type NewsletterTransitionRequest = TransitionRequest;

/** decideTransition for a newsletter issue (authorId = who composed it, submitterId = who last submitted it). */
export function decideNewsletterTransition(req: NewsletterTransitionRequest): TransitionResult {
  const r = decideTransition(req);
  return r.ok ? r : { ...r, message: r.message.replace(/\ban entry\b/g, 'an issue').replace(/\bentry\b/g, 'issue') };
}

/** Buttons to offer on an issue: exactly availableActions, since the rules are shared. */
export const availableNewsletterActions: (
  state: WorkflowState | string,
  actor: Actor,
  authorId: string | null | undefined,
  submitterId?: string | null,
) => WorkflowAction[] = availableActions;
