import { EntryInputSchema, type EntryInput } from '@dualcarbon/domain';
import { ENTRY_FIELDS, LOCALIZED_FIELDS, cleanEntry, stableStringify, toForm, type EntryForm } from './entryForm';

/** The units a diff or a merge works in: each field, with titles and summaries per language. */
export const MERGE_KEYS: readonly string[] = ENTRY_FIELDS.flatMap((f) => ((LOCALIZED_FIELDS as readonly string[]).includes(f) ? [`${f}.en`, `${f}.zh`] : [f]));

export type Choice = 'mine' | 'theirs' | 'both' | 'custom';

/** Merge rows of single targets are keyed `targets[<metric>|<year>|<kind>]` (`#2` for a second of the same). */
export const TARGET_ROW = /^targets\[(.+)\]$/;
export const isTargetRow = (key: string) => TARGET_ROW.test(key);

type TargetLike = { metric?: unknown; targetYear?: unknown; comparison?: unknown };

/** Targets are matched across versions by metric, target year and kind (the comparison). */
export function targetMatchKey(t: TargetLike): string {
  return [t.metric, t.targetYear, t.comparison].map((x) => String(x ?? '')).join('|');
}

/** A list of targets by match key, in order; a repeated key gets "#2", "#3". */
function keyedTargets(list: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const t of Array.isArray(list) ? list : []) {
    const k = targetMatchKey(t as TargetLike);
    let key = k;
    for (let n = 2; out.has(key); n++) key = `${k}#${n}`;
    out.set(key, t);
  }
  return out;
}

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
  return r.success ? (JSON.parse(JSON.stringify(r.data ?? null)) ?? undefined) : value;
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
export const isListKey = (key: string) =>
  ['keyPoints', 'issuingBodies', 'sectors', 'themes', 'ghgs', 'targets', 'observations', 'sources', 'relations', 'newsletter'].includes(key);

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
    if (key === 'targets') {
      rows.push(...targetRows(base ? b : null, m, t));
      continue;
    }
    const mineChanged = base ? !same(m, b) : true;
    const theirsChanged = base ? !same(t, b) : true;
    const conflict = mineChanged && theirsChanged;
    rows.push({
      key,
      base: b,
      mine: m,
      theirs: t,
      mineChanged,
      theirsChanged,
      conflict,
      choice: conflict || mineChanged ? 'mine' : 'theirs',
      custom: typeof m === 'string' ? m : undefined,
    });
  }
  return rows;
}

/**
 * Targets merged one by one, matched by metric, year and kind: a target only one side changed, added or
 * removed is taken from that side (so keeping my version of one target never drops their change to
 * another); where both changed the same target, the person picks one of the two (never both: that would
 * be a duplicate). `null` base: every difference is a collision.
 */
function targetRows(base: unknown, mine: unknown, theirs: unknown): FieldMerge[] {
  const [b, m, t] = [keyedTargets(base), keyedTargets(mine), keyedTargets(theirs)];
  const keys = [...new Set([...t.keys(), ...m.keys(), ...b.keys()])];
  const rows: FieldMerge[] = [];
  for (const k of keys) {
    const [bv, mv, tv] = [b.get(k), m.get(k), t.get(k)];
    if (same(mv, tv)) continue;
    const mineChanged = base === null ? true : !same(mv, bv);
    const theirsChanged = base === null ? true : !same(tv, bv);
    const conflict = mineChanged && theirsChanged;
    rows.push({
      key: `targets[${k}]`,
      base: bv,
      mine: mv,
      theirs: tv,
      mineChanged,
      theirsChanged,
      conflict,
      choice: conflict || mineChanged ? 'mine' : 'theirs',
    });
  }
  return rows;
}

/** Their targets with each target row resolved (a row resolved to nothing removes the target); mine's new ones after theirs. */
function mergeTargets(theirs: unknown, rows: readonly FieldMerge[]): unknown[] | undefined {
  const t = keyedTargets(theirs);
  const chosen = new Map(rows.filter((r) => isTargetRow(r.key)).map((r) => [TARGET_ROW.exec(r.key)![1], resolvedValue(r)]));
  const keys = [...new Set([...t.keys(), ...chosen.keys()])];
  const out = keys.map((k) => (chosen.has(k) ? chosen.get(k) : t.get(k))).filter((x) => x !== undefined);
  return out.length ? out : undefined;
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
  for (const row of rows) if (!isTargetRow(row.key)) setField(out, row.key, resolvedValue(row));
  if (rows.some((r) => isTargetRow(r.key))) setField(out, 'targets', mergeTargets(getField(theirs, 'targets'), rows));
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
