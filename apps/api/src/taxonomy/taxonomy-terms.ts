import { type TermView } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import { TaxonomyTermEntity, type Taxonomy } from '../database/entities';
import { affectedBy, execute, rowsOf, type Queryable } from '../database/sql';
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
export const termsOf = (m: EntityManager, taxonomy: Taxonomy) => m.find(TaxonomyTermEntity, { where: { taxonomy }, order: { sort: 'ASC', code: 'ASC' } });

export async function termOrThrow(m: EntityManager, taxonomy: Taxonomy, code: string, lock = false): Promise<TaxonomyTermEntity> {
  const term = await m.findOne(TaxonomyTermEntity, { where: { taxonomy, code }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!term) throw termNotFound(taxonomy, code);
  return term;
}

/** Codes of a term and everything below it. */
export function descendants(terms: readonly TaxonomyTermEntity[], code: string): Set<string> {
  const out = new Set([code]);
  for (let grew = true; grew;) {
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
    code: t.code,
    parent: t.parentCode,
    en: t.labelEn,
    zh: t.labelZh,
    sort: t.sort,
    keywords: t.keywords,
    unit: t.unit,
    defaultComparison: t.defaultComparison,
    origin: t.origin,
    usage,
    children: [],
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

// Writes the entity API cannot say in one statement; the services call these, never SQL.

/** Serialises changes to one taxonomy (no concurrent cycles), inside the caller's transaction. */
export const lockTaxonomy = (m: Queryable, taxonomy: Taxonomy) => execute(m, `SELECT pg_advisory_xact_lock(hashtext('taxonomy:' || $1))`, [taxonomy]);

/** Puts the listed codes in this order (sort 0, 1, …). */
export const reorderTerms = (m: Queryable, taxonomy: Taxonomy, codes: string[]) =>
  execute(
    m,
    `UPDATE taxonomy_terms t SET sort = o.i - 1, origin = 'admin', updated_at = now()
           FROM unnest($2::text[]) WITH ORDINALITY AS o(code, i)
          WHERE t.taxonomy = $1 AND t.code = o.code AND t.deleted_at IS NULL`,
    [taxonomy, codes],
  );

/** Soft-deletes a term (an admin's decision from now on). */
export const deleteTerm = (m: Queryable, id: number) =>
  execute(m, `UPDATE taxonomy_terms SET deleted_at = now(), origin = 'admin', updated_at = now() WHERE id = $1`, [id]);

/**
 * The term rows' side of merging `code` into `into`: stand-alone observations follow (metrics only),
 * children move under `into`, earlier tombstones point at `into`, and `code` becomes a tombstone.
 * Returns how many observations were moved.
 */
export async function mergeTermRows(m: Queryable, taxonomy: Taxonomy, fromId: number, code: string, into: string): Promise<number> {
  const observations = await affectedBy(m, `UPDATE observations SET metric = $2 WHERE entry_id IS NULL AND metric = $1 AND $3 = 'metric'`, [
    code,
    into,
    taxonomy,
  ]);
  await execute(
    m,
    `UPDATE taxonomy_terms SET parent_code = $3, origin = 'admin', updated_at = now() WHERE taxonomy = $1 AND parent_code = $2 AND deleted_at IS NULL`,
    [taxonomy, code, into],
  );
  await execute(m, `UPDATE taxonomy_terms SET merged_into = $3 WHERE taxonomy = $1 AND merged_into = $2`, [taxonomy, code, into]);
  await execute(m, `UPDATE taxonomy_terms SET deleted_at = now(), merged_into = $2, origin = 'admin', updated_at = now() WHERE id = $1`, [fromId, into]);
  return observations;
}

export interface PublicTermRow {
  taxonomy: string;
  code: string;
  parent_code: string | null;
  label_en: string;
  label_zh: string;
  sort: number;
  keywords: string[] | null;
  unit: string | null;
  default_comparison: string | null;
}

/** Active terms of every taxonomy: deleted and merged ones (tombstones) are left out. */
export const activeTerms = (db: Queryable) =>
  rowsOf<PublicTermRow>(
    db,
    `SELECT taxonomy, code, parent_code, label_en, label_zh, sort, keywords, unit, default_comparison
  FROM taxonomy_terms WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY taxonomy, sort, code`,
  );
