import diff from 'microdiff';

/** One changed field between two versions of an entry, addressed like form fields: "targets.0.value". */
export interface FieldChange {
  path: string;
  type: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const TYPES = { CREATE: 'added', REMOVE: 'removed', CHANGE: 'changed' } as const;

/** As stored and served: no undefined keys, so `{en: undefined}` and `{}` are the same. */
const plain = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? JSON.parse(JSON.stringify(v)) : {});

/** Field-level differences (microdiff), in document order; arrays compare position by position. */
export function diffEntries(before: unknown, after: unknown): FieldChange[] {
  return diff(plain(before), plain(after)).map((d) => {
    const change: FieldChange = { path: d.path.join('.'), type: TYPES[d.type] };
    if (d.type !== 'CREATE') change.before = d.oldValue;
    if (d.type !== 'REMOVE') change.after = d.value;
    return change;
  });
}

/** For the audit log: `{path: value}` on each side, rather than two whole entries. */
export function changedFields(before: unknown, after: unknown): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const c of diffEntries(before, after)) {
    out.before[c.path] = c.before ?? null;
    out.after[c.path] = c.after ?? null;
  }
  return out;
}
