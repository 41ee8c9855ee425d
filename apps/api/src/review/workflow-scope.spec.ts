import { describe, expect, it } from 'vitest';
import { actionsFor, transitionScope } from './workflow-scope';

const editor = { id: 'ed', roles: ['editor'] };
const reviewer = { id: 'rev', roles: ['reviewer'] };

describe('workflow scope', () => {
  it('acts on the working revision of a published entry, except for unpublish and archive', () => {
    const revising = { workflowStatus: 'published', workingStatus: 'in_review' } as const;
    expect(transitionScope(revising, 'approve')).toEqual({ scope: 'working', from: 'in_review' });
    expect(transitionScope(revising, 'unpublish')).toEqual({ scope: 'entry', from: 'published' });
    expect(transitionScope({ workflowStatus: 'draft', workingStatus: null }, 'submit')).toEqual({ scope: 'entry', from: 'draft' });
  });

  it('offers the revision’s actions and the live copy’s', () => {
    const revising = { workflowStatus: 'published', workingStatus: 'draft' } as const;
    expect(actionsFor(revising, editor, 'ed', null)).toEqual(['submit', 'discard']);
    expect(actionsFor(revising, reviewer, 'ed', null)).toEqual(['unpublish', 'archive']);
    expect(actionsFor({ workflowStatus: 'published', workingStatus: 'in_review' }, reviewer, 'ed', 'ed')).toEqual([
      'request_changes',
      'approve',
      'unpublish',
      'archive',
    ]);
    expect(actionsFor({ workflowStatus: 'published', workingStatus: null }, editor, 'ed', null)).toEqual([]);
  });
});
