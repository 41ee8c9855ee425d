import { describe, expect, it } from 'vitest';
import { labelsIn, ROLE_LABELS, WORKFLOW_ACTION_LABELS, WORKFLOW_STATE_LABELS } from './labels';
import { ROLES, WORKFLOW_ACTIONS, WORKFLOW_STATES } from './machine';

describe('workflow labels', () => {
  it('name every state, action and role in both languages', () => {
    for (const [table, keys] of [
      [WORKFLOW_STATE_LABELS, WORKFLOW_STATES],
      [WORKFLOW_ACTION_LABELS, WORKFLOW_ACTIONS],
      [ROLE_LABELS, ROLES],
    ] as const) {
      expect(Object.keys(table).sort()).toEqual([...keys].sort());
      for (const label of Object.values(table)) expect(label.en && label.zh).toBeTruthy();
    }
  });

  it('give one language of a table for a message catalogue', () => {
    const zh = labelsIn(WORKFLOW_STATE_LABELS, 'zh');
    expect(zh.in_review).toBe('审核中');
    expect(labelsIn(WORKFLOW_STATE_LABELS, 'en')).toMatchObject({ draft: 'Draft', trashed: 'In trash' });
    expect(Object.keys(zh)).toEqual([...WORKFLOW_STATES]);
  });
});
