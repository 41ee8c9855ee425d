import { EntryInputSchema, type EntryData } from '../schemas/entry';
import { SCHEMA_CODE_PREFIX, type ValidationIssue } from './codes';
import { STATIC_TAXONOMY, type ValidationContext } from './context';
import { validateEntry } from './validate';

export type ParseEntryResult = { ok: true; data: EntryData } | { ok: false; issues: ValidationIssue[] };

/** Zod issues in the same shape as validateEntry's: path, "schema/<code>", message. */
export function zodIssues(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; code: string; message: string }> }): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    code: SCHEMA_CODE_PREFIX + i.code,
    message: i.message,
  }));
}

/**
 * The one entry validation the API and the forms share: the schema (shape, defaults, messages), then
 * validateEntry with the static vocabularies unless ctx.taxonomy is given.
 */
export function parseEntryInput(raw: unknown, ctx: ValidationContext = {}): ParseEntryResult {
  const parsed = EntryInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = validateEntry(parsed.data, { ...ctx, taxonomy: ctx.taxonomy ?? STATIC_TAXONOMY });
  return issues.length ? { ok: false, issues } : { ok: true, data: parsed.data };
}
