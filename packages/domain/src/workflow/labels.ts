import type { Role, WorkflowAction, WorkflowState } from './machine';

type Label = { en: string; zh: string };

/** One language's labels of a table, e.g. for an app's message catalogue (`status.draft` → 'Draft'). */
export function labelsIn<K extends string>(labels: Readonly<Record<K, Label>>, lang: keyof Label): Record<K, string> {
  return Object.fromEntries(Object.entries<Label>(labels).map(([k, l]) => [k, l[lang]])) as Record<K, string>;
}

export const WORKFLOW_STATE_LABELS: Readonly<Record<WorkflowState, Label>> = {
  draft: { en: 'Draft', zh: '草稿' },
  in_review: { en: 'In review', zh: '审核中' },
  changes_requested: { en: 'Changes requested', zh: '需修改' },
  approved: { en: 'Approved', zh: '已批准' },
  published: { en: 'Published', zh: '已发布' },
  unpublished: { en: 'Unpublished', zh: '已撤回发布' },
  archived: { en: 'Archived', zh: '已归档' },
  trashed: { en: 'In trash', zh: '回收站' },
};

export const WORKFLOW_ACTION_LABELS: Readonly<Record<WorkflowAction, Label>> = {
  submit: { en: 'Submit for review', zh: '提交审核' },
  withdraw: { en: 'Withdraw submission', zh: '撤回提交' },
  request_changes: { en: 'Request changes', zh: '要求修改' },
  approve: { en: 'Approve', zh: '批准' },
  publish: { en: 'Publish', zh: '发布' },
  unpublish: { en: 'Unpublish', zh: '取消发布' },
  archive: { en: 'Archive', zh: '归档' },
  trash: { en: 'Move to trash', zh: '移至回收站' },
  discard: { en: 'Discard unpublished changes', zh: '放弃未发布的修改' },
  restore: { en: 'Restore', zh: '恢复' },
  reopen: { en: 'Reopen as draft', zh: '重新打开为草稿' },
};

export const ROLE_LABELS: Readonly<Record<Role, Label>> = {
  editor: { en: 'Editor', zh: '编辑' },
  reviewer: { en: 'Reviewer', zh: '审核员' },
  admin: { en: 'Administrator', zh: '管理员' },
};
