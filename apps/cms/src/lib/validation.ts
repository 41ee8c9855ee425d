import { parseEntryInput, type ValidationContext, type ValidationIssue } from '@dualcarbon/domain';
import { cleanEntry, type EntryForm } from './entryForm';

export type { ValidationIssue };

/** "targets.0.baseYear" for ['targets', 0, 'baseYear']. */
export const pathKey = (path: readonly (string | number)[]): string => path.join('.');

/**
 * The domain's own validation (EntryInputSchema, then validateEntry), so the form shows the same
 * messages the API would answer with.
 */
export function validateForm(form: EntryForm, ctx?: ValidationContext): ValidationIssue[] {
  const result = parseEntryInput(cleanEntry(form), ctx);
  return result.ok ? [] : result.issues;
}

export interface IssueIndex {
  readonly all: readonly ValidationIssue[];
  /** Messages addressed exactly to this field. */
  at(path: string): string[];
  /** Issues addressed to this field or anything inside it. */
  under(path: string): ValidationIssue[];
}

export function indexIssues(issues: readonly ValidationIssue[]): IssueIndex {
  const byKey = new Map<string, string[]>();
  for (const i of issues) {
    const k = pathKey(i.path);
    const list = byKey.get(k) ?? [];
    if (!list.includes(i.message)) list.push(i.message);
    byKey.set(k, list);
  }
  return {
    all: issues,
    at: (path) => byKey.get(path) ?? [],
    under: (path) =>
      issues.filter((i) => {
        const k = pathKey(i.path);
        return k === path || k.startsWith(`${path}.`);
      }),
  };
}

/** The DOM id of a field's input, so an error summary can link to it. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
