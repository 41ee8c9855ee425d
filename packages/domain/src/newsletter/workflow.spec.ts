import { describe, expect, it } from 'vitest';
import { availableActions, decideTransition, ROLES, WORKFLOW_ACTIONS, WORKFLOW_STATES, type Role } from '../workflow';
import { availableNewsletterActions, decideNewsletterTransition } from './index';

const ROLE_SETS: Role[][] = [[], ['editor'], ['reviewer'], ['admin'], ['editor', 'reviewer', 'admin']];

describe('newsletter review workflow', () => {
  it("is the entries' state machine: same outcome for every state, action, role set and relation", () => {
    let n = 0;
    for (const from of WORKFLOW_STATES)
      for (const action of WORKFLOW_ACTIONS)
        for (const roles of ROLE_SETS)
          for (const authorId of ['me', 'other'])
            for (const submitterId of ['me', 'other', null])
              for (const comment of ['Fix the Hebei blurb', undefined]) {
                const req = { from, action, actor: { id: 'me', roles }, authorId, submitterId, comment };
                const [a, b] = [decideNewsletterTransition(req), decideTransition(req)];
                expect(a.ok ? a.to : a.reason).toBe(b.ok ? b.to : b.reason);
                n++;
              }
    expect(n).toBe(8 * 11 * 5 * 2 * 3 * 2);
    expect(availableNewsletterActions).toBe(availableActions);
    expect(ROLES).toHaveLength(3);
  });

  it('keeps four eyes on issues: whoever composed or submitted an issue may not approve it, admins included', () => {
    const composer = { id: 'ana', roles: ['editor', 'reviewer'] as Role[] };
    const admin = { id: 'bo', roles: ['admin'] as Role[] };
    const reviewer = { id: 'cy', roles: ['reviewer'] as Role[] };
    expect(decideNewsletterTransition({ from: 'draft', action: 'submit', actor: composer, authorId: 'ana' })).toEqual({ ok: true, to: 'in_review' });
    const self = decideNewsletterTransition({ from: 'in_review', action: 'approve', actor: composer, authorId: 'ana', submitterId: 'ana' });
    expect(self).toMatchObject({ ok: false, reason: 'self_approval' });
    expect(!self.ok && self.message).toBe('Someone other than the author and the submitter must approve this issue');
    expect(decideNewsletterTransition({ from: 'in_review', action: 'approve', actor: admin, authorId: 'ana', submitterId: 'bo' })).toMatchObject({
      ok: false,
      reason: 'self_approval',
    });
    expect(decideNewsletterTransition({ from: 'in_review', action: 'approve', actor: reviewer, authorId: 'ana', submitterId: 'bo' })).toEqual({
      ok: true,
      to: 'approved',
    });
    expect(availableNewsletterActions('in_review', composer, 'ana', 'ana')).toEqual(['withdraw']); // neither approve nor request changes on their own issue
    expect(availableNewsletterActions('in_review', reviewer, 'ana', 'ana')).toEqual(['request_changes', 'approve']);
  });

  it('words its messages for issues', () => {
    const r = decideNewsletterTransition({ from: 'published', action: 'submit', actor: { id: 'x', roles: ['admin'] }, authorId: 'x' });
    expect(!r.ok && r.message).toMatch(/^Cannot submit an issue that is published/);
    const f = decideNewsletterTransition({ from: 'approved', action: 'publish', actor: { id: 'x', roles: ['editor'] }, authorId: 'x' });
    expect(!f.ok && f.message).toBe('Only a reviewer or an admin may publish this issue');
  });
});
