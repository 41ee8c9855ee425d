/** Deeper nesting than any taxonomy has; also ends a walk caught in a cycle an old row might hold. */
const MAX_DEPTH = 10;

/**
 * A term and its ancestors by parent (the `parent` of each term, as admins nest them; codes need not
 * be dotted), nearest first. A code with no known term is its own lineage. "A parent includes its
 * children" everywhere (search filters and facets, region pages) rests on this one walk.
 */
export function termLineage(parentOf: ReadonlyMap<string, string | null | undefined>, code: string): string[] {
  const out: string[] = [];
  for (let c: string | null | undefined = code; c && out.length < MAX_DEPTH && !out.includes(c); c = parentOf.get(c)) out.push(c);
  return out;
}

/** The parent map `termLineage` walks, from terms that name their parent. */
export function parentMap(terms: readonly { code: string; parent?: string | null }[]): Map<string, string | null> {
  return new Map(terms.map((t) => [t.code, t.parent ?? null]));
}
