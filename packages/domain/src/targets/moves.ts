/**
 * Where each target went when a save reordered, removed or edited the list, so that things stored
 * by a target's position (review comments on "targets.2.value") follow their target instead of
 * staying on the position, where a different target now sits.
 */

/** The fields that say which target this is (what the duplicate check and the CMS merge compare). */
export type TargetIdentityFields = { metric?: unknown; targetYear?: unknown; comparison?: unknown; jurisdiction?: unknown; [field: string]: unknown };

/**
 * Which target this is, whatever its value: metric, target year, kind (comparison) and place.
 * No place is the entry's own; `entryJurisdiction`, when given, makes the two the same.
 */
export function targetIdentity(t: TargetIdentityFields, entryJurisdiction?: string): string {
  return [t.metric, t.targetYear, t.comparison, t.jurisdiction ?? entryJurisdiction].map((x) => String(x ?? '')).join('|');
}

/** A value as text with object keys sorted and undefined left out, so that key order does not matter. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x)
            .filter(([, y]) => y !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );
}

/**
 * For each target of `before`, its index in `after`, or null when it is gone. Matched in three
 * passes, each target at most once and in list order: exactly equal targets; then the same identity
 * (metric, year, kind, place: its value was edited); then, when the targets still unmatched on both
 * sides sit at the same positions, by position (a target edited in place, its metric or year
 * changed, while the rest of the list stayed put). Anything else is removed: better a comment on
 * the targets section than on the wrong target.
 */
export function mapTargetPositions(
  before: readonly TargetIdentityFields[],
  after: readonly TargetIdentityFields[],
  entryJurisdiction?: { before?: string; after?: string },
): (number | null)[] {
  const map: (number | null)[] = before.map(() => null);
  const taken = new Set<number>();
  const pass = (key: (t: TargetIdentityFields, side: 'before' | 'after') => string) => {
    const afterKeys = after.map((t) => key(t, 'after'));
    before.forEach((t, i) => {
      if (map[i] !== null) return;
      const k = key(t, 'before');
      const j = afterKeys.findIndex((a, n) => a === k && !taken.has(n));
      if (j >= 0) {
        map[i] = j;
        taken.add(j);
      }
    });
  };
  pass((t) => canonical(t));
  pass((t, side) => targetIdentity(t, entryJurisdiction?.[side]));
  const oldLeft = map.flatMap((j, i) => (j === null ? [i] : []));
  const newLeft = after.flatMap((_t, j) => (taken.has(j) ? [] : [j]));
  if (oldLeft.length && oldLeft.length === newLeft.length && oldLeft.every((i, n) => newLeft[n] === i)) for (const i of oldLeft) map[i] = i;
  return map;
}

/** An entry's content as far as where its targets went matters: the targets, and the place they default to. */
export type EntryTargetsOf = { targets?: readonly TargetIdentityFields[]; jurisdiction?: string };

/**
 * Where each target of an entry went between two versions of its content (the API moving comments in
 * the save, the CMS knowing they moved): mapTargetPositions with each side's place as its targets' default.
 */
export const entryTargetMoves = (before: EntryTargetsOf, after: EntryTargetsOf): (number | null)[] =>
  mapTargetPositions(before.targets ?? [], after.targets ?? [], { before: before.jurisdiction, after: after.jurisdiction });

/** Whether any target changed position or went away. */
export const targetsMoved = (map: readonly (number | null)[]): boolean => map.some((j, i) => j !== i);

/**
 * A field path ("targets.2.value", "targets.2") through a map from mapTargetPositions: the target's
 * new index, or "targets" (the section as a whole) when it was removed. Other paths are unchanged.
 */
export function moveTargetField(field: string, map: readonly (number | null)[]): string {
  const m = /^targets\.(\d+)(\..*)?$/.exec(field);
  if (!m) return field;
  const i = Number(m[1]);
  if (i >= map.length) return field;
  const j = map[i];
  return j === null || j === undefined ? 'targets' : `targets.${j}${m[2] ?? ''}`;
}
