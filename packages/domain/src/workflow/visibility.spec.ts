import { describe, expect, it } from 'vitest';
import { canSeeInCms } from './visibility';

describe('canSeeInCms', () => {
  const editor = { id: 'u1', roles: ['editor'] };
  it('shows anything not trashed to everyone', () => {
    expect(canSeeInCms({ workflowStatus: 'draft', authorId: 'u2' }, editor)).toBe(true);
  });
  it('shows a trashed item only to its author and admins', () => {
    expect(canSeeInCms({ workflowStatus: 'trashed', authorId: 'u2' }, editor)).toBe(false);
    expect(canSeeInCms({ workflowStatus: 'trashed', authorId: 'u1' }, editor)).toBe(true);
    expect(canSeeInCms({ workflowStatus: 'trashed', authorId: 'u2' }, { id: 'u3', roles: ['admin'] })).toBe(true);
  });
});
