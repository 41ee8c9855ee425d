import { type TermView } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import { TaxonomyTermEntity, type Taxonomy } from '../database/entities';
import { TAXONOMY_PATHS } from './taxonomy.schemas';
import { invalidParent, taxonomyNotFound, termNotFound } from './taxonomy.errors';

/** `sectors` → `sector`; 404 taxonomy/not_found for anything else. */
export function taxonomyOf(path: string): Taxonomy {
  // Own keys only: "constructor" or "__proto__" must not resolve to Object.prototype members.
  const t = Object.hasOwn(TAXONOMY_PATHS, path) ? TAXONOMY_PATHS[path] : undefined;
  if (!t) throw taxonomyNotFound(path, Object.keys(TAXONOMY_PATHS));
  return t;
}

/** Live terms of a taxonomy (tombstones excluded by the delete-date column), in their order. */
export const termsOf = (m: EntityManager, taxonomy: Taxonomy) =>
  m.find(TaxonomyTermEntity, { where: { taxonomy }, order: { sort: 'ASC', code: 'ASC' } });

export async function termOrThrow(m: EntityManager, taxonomy: Taxonomy, code: string, lock = false): Promise<TaxonomyTermEntity> {
  const term = await m.findOne(TaxonomyTermEntity, { where: { taxonomy, code }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!term) throw termNotFound(taxonomy, code);
  return term;
}

/** Codes of a term and everything below it. */
export function descendants(terms: readonly TaxonomyTermEntity[], code: string): Set<string> {
  const out = new Set([code]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of terms) {
      if (t.parentCode && out.has(t.parentCode) && !out.has(t.code)) {
        out.add(t.code);
        grew = true;
      }
    }
  }
  return out;
}

/** A parent must exist in the same taxonomy and must not be the term or one of its descendants. */
export function checkParent(terms: readonly TaxonomyTermEntity[], code: string, parent: string | null | undefined) {
  if (!parent) return;
  if (!terms.some((t) => t.code === parent)) throw invalidParent(`No term "${parent}" to nest under`);
  if (descendants(terms, code).has(parent)) throw invalidParent(`"${code}" cannot be nested under "${parent}": that would make a cycle`);
}

export function toView(t: TaxonomyTermEntity, usage: number): TermView {
  return {
    code: t.code, parent: t.parentCode, en: t.labelEn, zh: t.labelZh, sort: t.sort, keywords: t.keywords, unit: t.unit,
    defaultComparison: t.defaultComparison, origin: t.origin, usage, children: [],
  };
}

/** Nests terms under their parents; a term whose parent is gone shows at the top. */
export function toTree(terms: readonly TaxonomyTermEntity[], usage: Map<string, number>): TermView[] {
  const views = new Map(terms.map((t) => [t.code, toView(t, usage.get(t.code) ?? 0)]));
  const roots: TermView[] = [];
  for (const t of terms) {
    const parent = t.parentCode ? views.get(t.parentCode) : undefined;
    (parent ? parent.children : roots).push(views.get(t.code)!);
  }
  return roots;
}
