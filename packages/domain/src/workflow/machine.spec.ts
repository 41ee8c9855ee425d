import { describe, expect, it } from 'vitest';
import {
  availableActions,
  decideTransition,
  isEditableState,
  refusedByFourEyes,
  ROLES,
  transitionTarget,
  WORKFLOW_ACTIONS,
  WORKFLOW_ERROR_STATUS,
  WORKFLOW_RULES,
  WORKFLOW_STATES,
  type Role,
  type TransitionFailure,
  type TransitionScope,
  type WorkflowAction,
  type WorkflowState,
} from './index';

/** Where a transition leads, or why it is refused. */
const outcome = (input: Parameters<typeof decideTransition>[0]) => {
  const r = decideTransition(input);
  return r.ok ? r.to : r.reason;
};

/** Who may act: any one profile suffices. `anyRole` = the user holds at least one role. */
type Profile = { role?: Role; author?: true; submitter?: true; anyRole?: true };

/** The workflow, written out independently of the implementation. */
const TABLE: Record<WorkflowAction, { from: WorkflowState[]; to: WorkflowState; who: Profile[]; fourEyes?: true; comment?: true; only?: TransitionScope }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', who: [{ role: 'editor', author: true }, { role: 'admin' }] },
  withdraw: { from: ['in_review'], to: 'draft', who: [{ role: 'editor', submitter: true }, { role: 'admin' }] },
  request_changes: { from: ['in_review'], to: 'changes_requested', who: [{ role: 'reviewer' }, { role: 'admin' }], comment: true, fourEyes: true },
  approve: { from: ['in_review'], to: 'approved', who: [{ role: 'reviewer' }, { role: 'admin' }], fourEyes: true },
  publish: { from: ['approved'], to: 'published', who: [{ role: 'reviewer' }, { role: 'admin' }] },
  unpublish: { from: ['published'], to: 'unpublished', who: [{ role: 'reviewer' }, { role: 'admin' }] },
  archive: { from: ['published', 'unpublished'], to: 'archived', who: [{ role: 'reviewer' }, { role: 'admin' }] },
  trash: { from: ['draft', 'changes_requested', 'unpublished'], to: 'trashed', who: [{ author: true, anyRole: true }, { role: 'admin' }], only: 'entry' },
  discard: { from: ['draft', 'changes_requested'], to: 'published', who: [{ author: true, anyRole: true }, { role: 'admin' }], only: 'working' },
  restore: { from: ['trashed'], to: 'draft', who: [{ author: true, anyRole: true }, { role: 'admin' }] },
  reopen: { from: ['unpublished', 'archived'], to: 'draft', who: [{ role: 'editor' }, { role: 'admin' }] },
};

const ROLE_SETS: Role[][] = [
  [],
  ['editor'],
  ['reviewer'],
  ['admin'],
  ['editor', 'reviewer'],
  ['editor', 'admin'],
  ['reviewer', 'admin'],
  ['editor', 'reviewer', 'admin'],
];
const RELATIONS = [
  { isAuthor: false, isSubmitter: false },
  { isAuthor: true, isSubmitter: false },
  { isAuthor: false, isSubmitter: true },
  { isAuthor: true, isSubmitter: true },
];

function expected(
  state: WorkflowState,
  action: WorkflowAction,
  roles: Role[],
  isAuthor: boolean,
  isSubmitter: boolean,
  comment: boolean,
  scope: TransitionScope = 'entry',
): { ok: true; to: WorkflowState } | { ok: false; reason: TransitionFailure } {
  const row = TABLE[action];
  if (row.only && row.only !== scope) return { ok: false, reason: 'invalid_transition' };
  if (!row.from.includes(state)) return { ok: false, reason: 'invalid_transition' };
  const allowed = row.who.some(
    (p) => (!p.role || roles.includes(p.role)) && (!p.author || isAuthor) && (!p.submitter || isSubmitter) && (!p.anyRole || roles.length > 0),
  );
  if (!allowed) return { ok: false, reason: 'forbidden' };
  if (row.fourEyes && (isAuthor || isSubmitter)) return { ok: false, reason: 'self_approval' };
  if (row.comment && !comment) return { ok: false, reason: 'comment_required' };
  return { ok: true, to: row.to };
}

const ids = (isAuthor: boolean, isSubmitter: boolean) => ({ authorId: isAuthor ? 'me' : 'alice', submitterId: isSubmitter ? 'me' : 'bob' });

describe('decideTransition, exhaustively', () => {
  const SCOPES: TransitionScope[] = ['entry', 'working'];
  const combos = SCOPES.flatMap((scope) =>
    WORKFLOW_STATES.flatMap((state) =>
      WORKFLOW_ACTIONS.flatMap((action) =>
        ROLE_SETS.flatMap((roles) => RELATIONS.flatMap((rel) => [true, false].map((comment) => ({ scope, state, action, roles, ...rel, comment })))),
      ),
    ),
  );

  it('covers every scope × state × action × role set × author/submitter × comment', () => {
    expect(combos).toHaveLength(2 * 8 * 11 * 8 * 4 * 2);
  });

  it('matches the table for every combination', () => {
    const mismatches: string[] = [];
    for (const c of combos) {
      const got = decideTransition({
        from: c.state,
        action: c.action,
        actor: { id: 'me', roles: c.roles },
        ...ids(c.isAuthor, c.isSubmitter),
        comment: c.comment ? 'Please cite the source' : undefined,
        scope: c.scope,
      });
      const want = expected(c.state, c.action, c.roles, c.isAuthor, c.isSubmitter, c.comment, c.scope);
      const gotKey = got.ok ? `ok→${got.to}` : got.reason;
      const wantKey = want.ok ? `ok→${want.to}` : want.reason;
      if (gotKey !== wantKey)
        mismatches.push(
          `${c.scope} ${c.state} ${c.action} [${c.roles}] author=${c.isAuthor} submitter=${c.isSubmitter} comment=${c.comment}: got ${gotKey}, want ${wantKey}`,
        );
      if (!got.ok) expect(got.message.length).toBeGreaterThan(5);
    }
    expect(mismatches).toEqual([]);
  });

  it('offers exactly the actions that would succeed', () => {
    for (const scope of ['entry', 'working'] as const)
      for (const state of WORKFLOW_STATES)
        for (const roles of ROLE_SETS)
          for (const rel of RELATIONS) {
            const want = WORKFLOW_ACTIONS.filter((a) => expected(state, a, roles, rel.isAuthor, rel.isSubmitter, true, scope).ok);
            const { authorId, submitterId } = ids(rel.isAuthor, rel.isSubmitter);
            expect(availableActions(state, { id: 'me', roles }, authorId, submitterId, scope), `${scope} ${state} [${roles}] ${JSON.stringify(rel)}`).toEqual(
              want,
            );
          }
  });
});

describe('decideTransition, by example', () => {
  const editor = { id: 'ed', roles: ['editor'] as Role[] };
  const reviewer = { id: 'rev', roles: ['reviewer'] as Role[] };
  const admin = { id: 'adm', roles: ['admin'] as Role[] };

  it('walks an entry from draft to archive', () => {
    expect(outcome({ from: 'draft', action: 'submit', actor: editor, authorId: 'ed' })).toBe('in_review');
    expect(outcome({ from: 'in_review', action: 'request_changes', actor: reviewer, authorId: 'ed', submitterId: 'ed', comment: 'Add the source URL' })).toBe(
      'changes_requested',
    );
    expect(outcome({ from: 'changes_requested', action: 'submit', actor: editor, authorId: 'ed' })).toBe('in_review');
    expect(outcome({ from: 'in_review', action: 'approve', actor: reviewer, authorId: 'ed', submitterId: 'ed' })).toBe('approved');
    expect(outcome({ from: 'approved', action: 'publish', actor: reviewer, authorId: 'ed' })).toBe('published');
    expect(outcome({ from: 'published', action: 'unpublish', actor: admin, authorId: 'ed' })).toBe('unpublished');
    expect(outcome({ from: 'unpublished', action: 'archive', actor: reviewer, authorId: 'ed' })).toBe('archived');
    expect(outcome({ from: 'archived', action: 'reopen', actor: editor, authorId: 'someone' })).toBe('draft');
  });

  it('keeps four eyes, for admins too', () => {
    const selfReview = decideTransition({
      from: 'in_review',
      action: 'approve',
      actor: { id: 'x', roles: ['editor', 'reviewer', 'admin'] },
      authorId: 'x',
      submitterId: 'x',
    });
    expect(selfReview).toMatchObject({ ok: false, reason: 'self_approval' });
    expect(outcome({ from: 'in_review', action: 'approve', actor: { id: 'a', roles: ['admin'] }, authorId: 'b', submitterId: 'a' })).toBe('self_approval');
  });

  it('explains failures and maps them to HTTP statuses', () => {
    const r = decideTransition({ from: 'published', action: 'submit', actor: editor, authorId: 'ed' });
    expect(r).toMatchObject({ ok: false, reason: 'invalid_transition' });
    expect(!r.ok && r.message).toMatch(/submit.*published/);
    expect(outcome({ from: 'draft', action: 'submit', actor: editor, authorId: 'other' })).toBe('forbidden');
    expect(outcome({ from: 'in_review', action: 'request_changes', actor: reviewer, authorId: 'ed', comment: '   ' })).toBe('comment_required');
    expect(outcome({ from: 'draft', action: 'fly', actor: admin, authorId: 'ed' })).toBe('invalid_transition');
    expect(outcome({ from: 'limbo', action: 'submit', actor: admin, authorId: 'ed' })).toBe('invalid_transition');
    expect(outcome({ from: 'draft', action: 'trash', actor: { id: 'ed', roles: [] }, authorId: 'ed' })).toBe('forbidden');
    expect(WORKFLOW_ERROR_STATUS).toEqual({ forbidden: 403, self_approval: 403, invalid_transition: 422, comment_required: 422 });
  });

  it('lists buttons for the UI', () => {
    expect(availableActions('draft', editor, 'ed', null)).toEqual(['submit', 'trash']);
    expect(availableActions('in_review', reviewer, 'ed', 'ed')).toEqual(['request_changes', 'approve']);
    // An admin who submitted their own work withdraws it; they do not review it.
    expect(availableActions('in_review', { id: 'adm', roles: ['editor', 'admin'] }, 'adm', 'adm')).toEqual(['withdraw']);
    expect(availableActions('in_review', editor, 'ed', 'ed')).toEqual(['withdraw']);
    expect(availableActions('trashed', admin, 'ed')).toEqual(['restore']);
    // The working revision of a published entry: its changes are discarded, never trashed.
    expect(availableActions('draft', editor, 'ed', null, 'working')).toEqual(['submit', 'discard']);
    const trashRevision = decideTransition({ from: 'draft', action: 'trash', actor: editor, authorId: 'ed', scope: 'working' });
    expect(trashRevision).toMatchObject({ ok: false, reason: 'invalid_transition' });
    expect(!trashRevision.ok && trashRevision.message).toMatch(/discard its unpublished changes/);
    expect(ROLES).toEqual(['editor', 'reviewer', 'admin']);
  });

  it("refuses approving or requesting changes on the actor's own work, as decideTransition does", () => {
    expect(refusedByFourEyes('approve', 'ed', 'ed', null)).toBe(true);
    expect(refusedByFourEyes('request_changes', 'sub', 'ed', 'sub')).toBe(true);
    expect(refusedByFourEyes('approve', 'rev', 'ed', 'sub')).toBe(false);
    expect(refusedByFourEyes('withdraw', 'ed', 'ed', 'ed')).toBe(false);
    expect(refusedByFourEyes('approve', null, null, null)).toBe(false);
    for (const action of WORKFLOW_ACTIONS) {
      const r = decideTransition({ from: 'in_review', action, actor: { id: 'ed', roles: ['reviewer', 'admin'] }, authorId: 'ed', comment: 'x' });
      if (refusedByFourEyes(action, 'ed', 'ed')) expect(r).toMatchObject({ ok: false, reason: 'self_approval' });
    }
  });

  it('says which states take content edits and where each action leads', () => {
    expect(WORKFLOW_STATES.filter(isEditableState)).toEqual(['draft', 'changes_requested', 'published']);
    expect(isEditableState('in_review')).toBe(false);
    expect(isEditableState('limbo')).toBe(false);
    expect(transitionTarget('submit')).toBe('in_review');
    expect(transitionTarget('discard')).toBe('published');
    // The target is the machine's: an allowed transition goes exactly there.
    for (const action of WORKFLOW_ACTIONS) {
      const from = WORKFLOW_RULES[action].from[0];
      const r = decideTransition({ from, action, actor: admin, authorId: 'ed', comment: 'x', scope: WORKFLOW_RULES[action].only });
      expect(r).toEqual({ ok: true, to: transitionTarget(action) });
    }
  });
});
