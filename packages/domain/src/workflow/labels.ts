import workflowLabels from './labels.json';
import type { Role, WorkflowAction, WorkflowState } from './machine';

type Label = { en: string; zh: string };

/** One language's labels of a table, e.g. for an app's message catalogue (`status.draft` → 'Draft'). */
export function labelsIn<K extends string>(labels: Readonly<Record<K, Label>>, lang: keyof Label): Record<K, string> {
  return Object.fromEntries(Object.entries<Label>(labels).map(([k, l]) => [k, l[lang]])) as Record<K, string>;
}

/** Labels of the workflow's states, actions and roles, kept in labels.json. */
export const WORKFLOW_STATE_LABELS: Readonly<Record<WorkflowState, Label>> = workflowLabels.states;
export const WORKFLOW_ACTION_LABELS: Readonly<Record<WorkflowAction, Label>> = workflowLabels.actions;
export const ROLE_LABELS: Readonly<Record<Role, Label>> = workflowLabels.roles;
