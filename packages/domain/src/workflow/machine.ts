/**
 * Review workflow for entries.
 *
 *   draft ──submit──▶ in_review ──approve──▶ approved ──publish──▶ published ──unpublish──▶ unpublished
 *     ▲  ◀─withdraw──┘   │ request_changes                           │ archive                 │ archive
 *     │                  ▼                                           ▼                         ▼
 *     │          changes_requested ──submit──▶ in_review           archived ◀──────────────────┘
 *     │ restore                                                      │ reopen (also from unpublished)
 *  trashed ◀─trash── draft | changes_requested | unpublished         ▼
 *                                                                   draft
 *
 * A published entry being revised has a second, working revision that runs through the same states
 * (draft → in_review → … → published). Two actions differ by what they act on: `trash` moves a whole
 * entry to the trash and never applies to a working revision; `discard` drops a working revision's
 * unpublished changes (the public copy stays) and applies only to one. They have their own names and
 * confirmations so that neither is taken for the other.
 *
 * Who may act (a user may hold several roles; a user with no role may do nothing):
 * - submit: an editor who is the author, or an admin.
 * - withdraw (refinement: pull a submission back to draft before review): an editor who submitted it, or an admin.
 * - request_changes: a reviewer or admin who is neither the submitter nor the author, with a comment saying
 *   what to change (the submitter withdraws instead).
 * - approve: a reviewer or admin who is neither the submitter nor the author (four eyes, admins included).
 * - publish, unpublish, archive: a reviewer or admin.
 * - trash, restore: the author or an admin.
 * - discard (working revisions only): whoever wrote the unpublished changes, or an admin.
 * - reopen: an editor or admin.
 *
 * Checks run in this order: the action must exist and leave the current state (else invalid_transition),
 * the actor must be allowed (forbidden), approval needs a second person (self_approval), a comment must be
 * given where required (comment_required).
 */

export const WORKFLOW_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived', 'trashed'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_ACTIONS = [
  'submit',
  'withdraw',
  'request_changes',
  'approve',
  'publish',
  'unpublish',
  'archive',
  'trash',
  'discard',
  'restore',
  'reopen',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const ROLES = ['editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who may change an entry's content (create, save, restore a revision): editors and admins; reviewers read and comment. */
export const CONTENT_ROLES: readonly Role[] = ['editor', 'admin'];
export const mayEditContent = (actor: { roles: readonly string[] } | null | undefined): boolean =>
  !!actor && CONTENT_ROLES.some((r) => actor.roles.includes(r));

export interface Actor {
  id: string;
  roles: readonly Role[] | readonly string[];
}

/** What an action moves: a whole entry, or the working revision of a published entry. */
export type TransitionScope = 'entry' | 'working';

export type TransitionFailure = 'forbidden' | 'invalid_transition' | 'self_approval' | 'comment_required';

export type TransitionResult = { ok: true; to: WorkflowState } | { ok: false; reason: TransitionFailure; message: string };

/** HTTP status an API should answer each failure with. */
export const WORKFLOW_ERROR_STATUS: Readonly<Record<TransitionFailure, number>> = {
  forbidden: 403,
  self_approval: 403,
  invalid_transition: 422,
  comment_required: 422,
};

interface Who {
  isAuthor: boolean;
  isSubmitter: boolean;
  has: (r: Role) => boolean;
}

interface Rule {
  from: readonly WorkflowState[];
  to: WorkflowState;
  may: (w: Who) => boolean;
  /** Who may do it, for the error message. */
  who: string;
  fourEyes?: boolean;
  /** Why four eyes refuse the author or the submitter. */
  selfMessage?: string;
  comment?: boolean;
  /** Only on this scope (default: both); `wrongScope` says why not on the other. */
  only?: TransitionScope;
  wrongScope?: string;
}

const reviewerOrAdmin = (w: Who) => w.has('reviewer') || w.has('admin');

export const WORKFLOW_RULES: Readonly<Record<WorkflowAction, Rule>> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    may: (w) => (w.has('editor') && w.isAuthor) || w.has('admin'),
    who: 'the author (as editor) or an admin',
  },
  withdraw: {
    from: ['in_review'],
    to: 'draft',
    may: (w) => (w.has('editor') && w.isSubmitter) || w.has('admin'),
    who: 'the editor who submitted it or an admin',
  },
  request_changes: {
    from: ['in_review'],
    to: 'changes_requested',
    may: reviewerOrAdmin,
    who: 'a reviewer or an admin',
    comment: true,
    fourEyes: true,
    selfMessage: 'Someone other than the author and the submitter reviews this entry; withdraw the submission to change it yourself',
  },
  approve: {
    from: ['in_review'],
    to: 'approved',
    may: reviewerOrAdmin,
    who: 'a reviewer or an admin',
    fourEyes: true,
    selfMessage: 'Someone other than the author and the submitter must approve this entry',
  },
  publish: { from: ['approved'], to: 'published', may: reviewerOrAdmin, who: 'a reviewer or an admin' },
  unpublish: { from: ['published'], to: 'unpublished', may: reviewerOrAdmin, who: 'a reviewer or an admin' },
  archive: { from: ['published', 'unpublished'], to: 'archived', may: reviewerOrAdmin, who: 'a reviewer or an admin' },
  trash: {
    from: ['draft', 'changes_requested', 'unpublished'],
    to: 'trashed',
    may: (w) => w.isAuthor || w.has('admin'),
    who: 'the author or an admin',
    only: 'entry',
    wrongScope: 'This entry is published: discard its unpublished changes, or unpublish it before moving it to the trash',
  },
  discard: {
    from: ['draft', 'changes_requested'],
    to: 'published',
    may: (w) => w.isAuthor || w.has('admin'),
    who: 'whoever wrote the changes or an admin',
    only: 'working',
    wrongScope: 'Only the unpublished changes of a published entry can be discarded; this entry has none',
  },
  restore: { from: ['trashed'], to: 'draft', may: (w) => w.isAuthor || w.has('admin'), who: 'the author or an admin' },
  reopen: { from: ['unpublished', 'archived'], to: 'draft', may: (w) => w.has('editor') || w.has('admin'), who: 'an editor or an admin' },
};

export interface TransitionRequest {
  from: WorkflowState | string;
  action: WorkflowAction | string;
  actor: Actor;
  authorId: string | null | undefined;
  /** Who last submitted the entry for review (null before the first submission). */
  submitterId?: string | null;
  comment?: string | null;
  /** 'working' when the action is on the working revision of a published entry (default 'entry'). */
  scope?: TransitionScope;
}

const isAction = (a: string): a is WorkflowAction => (WORKFLOW_ACTIONS as readonly string[]).includes(a);

/** Decides whether an actor may take an action on an entry in a state, and where it leads. Pure. */
export function decideTransition(req: TransitionRequest): TransitionResult {
  const { from, action, actor } = req;
  if (!isAction(action)) return { ok: false, reason: 'invalid_transition', message: `Unknown action "${action}"` };
  const rule = WORKFLOW_RULES[action];
  if (rule.only && rule.only !== (req.scope ?? 'entry'))
    return { ok: false, reason: 'invalid_transition', message: rule.wrongScope ?? `Cannot ${action} here` };
  if (!rule.from.includes(from as WorkflowState)) {
    return {
      ok: false,
      reason: 'invalid_transition',
      message: `Cannot ${action.replace('_', ' ')} an entry that is ${String(from).replace('_', ' ')}; allowed from ${rule.from.join(', ')}`,
    };
  }
  const roles = new Set<string>(actor?.roles ?? []);
  const who: Who = {
    isAuthor: !!actor?.id && actor.id === req.authorId,
    isSubmitter: !!actor?.id && actor.id === req.submitterId,
    has: (r) => roles.has(r),
  };
  const hasAnyRole = ROLES.some((r) => roles.has(r));
  if (!hasAnyRole || !rule.may(who)) return { ok: false, reason: 'forbidden', message: `Only ${rule.who} may ${action.replace('_', ' ')} this entry` };
  if (rule.fourEyes && (who.isSubmitter || who.isAuthor)) {
    return {
      ok: false,
      reason: 'self_approval',
      message: rule.selfMessage ?? `Someone other than the author and the submitter must ${action.replace('_', ' ')} this entry`,
    };
  }
  if (rule.comment && !req.comment?.trim()) return { ok: false, reason: 'comment_required', message: 'Say what should change' };
  return { ok: true, to: rule.to };
}

/**
 * Actions the actor may take now, for buttons. Actions that need a comment are listed (the UI asks for it).
 */
export function availableActions(
  state: WorkflowState | string,
  actor: Actor,
  authorId: string | null | undefined,
  submitterId?: string | null,
  scope: TransitionScope = 'entry',
): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => decideTransition({ from: state, action, actor, authorId, submitterId, comment: 'x', scope }).ok);
}

export const isWorkflowState = (s: string): s is WorkflowState => (WORKFLOW_STATES as readonly string[]).includes(s);

/**
 * States whose content can be saved: draft and changes_requested, and published, where saving opens a
 * working revision (the public copy stays). The state to pass is the working revision's when there is one.
 */
export const EDITABLE_STATES: readonly WorkflowState[] = ['draft', 'changes_requested', 'published'];
export const isEditableState = (s: WorkflowState | string): boolean => (EDITABLE_STATES as readonly string[]).includes(s);

/**
 * Four eyes: approving and requesting changes are for someone other than the author and the submitter.
 * For a client that filters a list of actions it did not compute itself.
 */
export const refusedByFourEyes = (
  action: WorkflowAction | string,
  actorId: string | null | undefined,
  authorId: string | null | undefined,
  submitterId?: string | null,
): boolean => isAction(action) && !!WORKFLOW_RULES[action].fourEyes && !!actorId && (actorId === authorId || actorId === submitterId);

/** Where an action leads when it is allowed (for a screen that shows the new state before the server confirms). */
export const transitionTarget = (action: WorkflowAction): WorkflowState => WORKFLOW_RULES[action].to;
