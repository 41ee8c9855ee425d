import { EntryInputSchema, type EntryInput } from '@dualcarbon/domain';
import { ENTRY_FIELDS, LOCALIZED_FIELDS, cleanEntry, stableStringify, toForm, type EntryForm } from './entryForm';

/** The units a diff or a merge works in: each field, with titles and summaries per language. */
export const MERGE_KEYS: readonly string[] = ENTRY_FIELDS.flatMap((f) =>
  (LOCALIZED_FIELDS as readonly string[]).includes(f) ? [`${f}.en`, `${f}.zh`] : [f],
);

export type Choice = 'mine' | 'theirs' | 'both' | 'custom';

export interface FieldMerge {
  key: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  mineChanged: boolean;
  theirsChanged: boolean;
  /** Both sides changed the field, differently. */
  conflict: boolean;
  choice: Choice;
  /** The value typed by hand when choice is "custom" (text fields). */
  custom?: string;
}

const SHAPE = EntryInputSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;

/**
 * A field as the schema would store it (defaults filled in, text trimmed), so that "qualifier left
 * out" and "qualifier: exact" compare equal; a value the schema refuses is compared as typed.
 */
export function normalizeField(field: string, value: unknown): unknown {
  const schema = SHAPE[field];
  if (!schema) return value;
  const r = schema.safeParse(value);
  return r.success ? JSON.parse(JSON.stringify(r.data ?? null)) ?? undefined : value;
}

/** One merge key ("title.en", "targets") of an entry, cleaned and normalised. */
export function getField(data: EntryInput | EntryForm | null | undefined, key: string): unknown {
  if (!data) return undefined;
  const clean = cleanEntry(data) as Record<string, unknown>;
  const [head, sub] = key.split('.');
  const v = normalizeField(head, clean[head]);
  if (sub) {
    const s = v && typeof v === 'object' ? (v as Record<string, unknown>)[sub] : undefined;
    return typeof s === 'string' ? s.trim() || undefined : s;
  }
  return v;
}

/** Whether two entries hold the same content, field by field. */
export function sameEntry(a: EntryInput | EntryForm | null | undefined, b: EntryInput | EntryForm | null | undefined): boolean {
  if (!a || !b) return a === b;
  return MERGE_KEYS.every((k) => same(getField(a, k), getField(b, k)));
}

function setField(target: Record<string, unknown>, key: string, value: unknown) {
  const [head, sub] = key.split('.');
  if (sub) {
    const obj = { ...((target[head] as Record<string, unknown>) ?? {}) };
    if (value === undefined || value === '') delete obj[sub];
    else obj[sub] = value;
    target[head] = obj;
  } else if (value === undefined) delete target[head];
  else target[head] = JSON.parse(JSON.stringify(value));
}

const same = (a: unknown, b: unknown) => stableStringify(norm(a)) === stableStringify(norm(b));
/** Missing, empty text and an empty list all mean "nothing". */
const norm = (v: unknown) => (v === '' || (Array.isArray(v) && v.length === 0) ? undefined : v);

export const isTextKey = (key: string) => /^(title|summary)\.(en|zh)$/.test(key) || ['slug', 'publisher'].includes(key);
export const isListKey = (key: string) => ['keyPoints', 'issuingBodies', 'sectors', 'themes', 'ghgs', 'targets', 'observations', 'sources', 'relations', 'newsletter'].includes(key);

/**
 * A three-way comparison: what changed on my side, on theirs, and where we collide. Fields only one
 * side changed are taken from that side; collisions keep mine until the person picks.
 */
export function threeWay(base: EntryInput | null, mine: EntryInput | EntryForm, theirs: EntryInput | EntryForm): FieldMerge[] {
  const rows: FieldMerge[] = [];
  for (const key of MERGE_KEYS) {
    const b = base ? getField(base, key) : undefined;
    const m = getField(mine, key);
    const t = getField(theirs, key);
    if (same(m, t)) continue;
    const mineChanged = base ? !same(m, b) : true;
    const theirsChanged = base ? !same(t, b) : true;
    const conflict = mineChanged && theirsChanged;
    rows.push({ key, base: b, mine: m, theirs: t, mineChanged, theirsChanged, conflict, choice: conflict || mineChanged ? 'mine' : 'theirs', custom: typeof m === 'string' ? m : undefined });
  }
  return rows;
}

/** Items of `mine` that `theirs` lacks, appended to theirs: "keep both" for lists. */
export function unionList(theirs: unknown, mine: unknown): unknown[] {
  const t = Array.isArray(theirs) ? theirs : [];
  const m = Array.isArray(mine) ? mine : [];
  const seen = new Set(t.map(stableStringify));
  return [...t, ...m.filter((x) => !seen.has(stableStringify(x)))];
}

export function resolvedValue(row: FieldMerge): unknown {
  switch (row.choice) {
    case 'theirs':
      return row.theirs;
    case 'both':
      return isListKey(row.key) ? unionList(row.theirs, row.mine) : row.mine;
    case 'custom':
      return row.custom ?? row.mine;
    default:
      return row.mine;
  }
}

/** Their version with every row resolved as chosen: the content to save on top of their version. */
export function applyMerge(theirs: EntryInput | EntryForm, rows: readonly FieldMerge[]): EntryForm {
  const out = cleanEntry(theirs) as Record<string, unknown>;
  for (const row of rows) setField(out, row.key, resolvedValue(row));
  return toForm(out as EntryInput);
}

/** Two-way field diff (review: published or an earlier revision against the working copy). */
export interface FieldChange {
  key: string;
  before: unknown;
  after: unknown;
}

export function diffEntries(before: EntryInput | EntryForm | null, after: EntryInput | EntryForm | null): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of MERGE_KEYS) {
    const b = getField(before, key);
    const a = getField(after, key);
    if (!same(a, b)) out.push({ key, before: b, after: a });
  }
  return out;
}
