/** A taxonomy term: a stable code that never changes after a rename, labels in both languages. */
export interface Term {
  code: string;
  en: string;
  zh: string;
  /** Code of the parent term for hierarchical taxonomies (sectors). */
  parent?: string;
  /** Extra words (EN and ZH) the classifier treats as evidence for this term. */
  keywords?: readonly string[];
}

export interface MetricTerm extends Term {
  /** Canonical unit the metric's values are recorded in. */
  unit: string;
  /** Which comparison a target on this metric normally uses. */
  defaultComparison: 'reduction' | 'level' | 'share' | 'count' | 'capacity';
}

/**
 * A vocabulary kept in JSON as `{ "<code>": { "en": …, "zh": … } }`, as terms in the file's order. The
 * codes are the JSON's keys, so their type is the union of the keys (what `as const` gave a TS table).
 */
export function termsFromTable<K extends string, T extends Omit<Term, 'code'>>(table: Readonly<Record<K, T>>): readonly (T & { code: K })[] {
  return Object.entries<T>(table).map(([code, term]) => ({ code: code as K, ...term }));
}

export function codesOf<T extends { code: string }>(terms: readonly T[]): [string, ...string[]] {
  return terms.map((t) => t.code) as [string, ...string[]];
}

/** Codes of a term and every descendant, for "a parent includes its children" filters. */
export function descendantsOf(terms: readonly Term[], code: string): string[] {
  const out = [code];
  for (let i = 0; i < out.length; i++) {
    for (const t of terms) if (t.parent === out[i]) out.push(t.code);
  }
  return out;
}
