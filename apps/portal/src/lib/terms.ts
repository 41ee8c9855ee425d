import type { Term } from '@dualcarbon/domain';
import type { Lang } from '@/i18n';

const indexes = new WeakMap<readonly Term[], Map<string, Term>>();

function indexOf(terms: readonly Term[]): Map<string, Term> {
  let index = indexes.get(terms);
  if (!index) {
    index = new Map(terms.map((t) => [t.code, t]));
    indexes.set(terms, index);
  }
  return index;
}

export function findTerm(terms: readonly Term[], code: string | null | undefined): Term | undefined {
  return code ? indexOf(terms).get(code) : undefined;
}

/**
 * The label of a taxonomy code in the reader's language. Taxonomies are open sets (editors add terms the
 * portal may not know yet), so an unknown code is shown as itself rather than hidden.
 */
export function termLabel(terms: readonly Term[], code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  const term = findTerm(terms, code);
  return term ? term[lang] || term.en : code;
}
