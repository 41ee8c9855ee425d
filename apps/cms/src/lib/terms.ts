import { GHGS, INSTRUMENT_TYPES, ISSUING_BODIES, METRICS, SECTORS, THEMES, type Term } from '@dualcarbon/domain';
import type { Lang } from '@/i18n';

/** A taxonomy term as the CMS holds it: the domain's Term plus what the admin API adds. */
export interface TaxonomyTerm {
  code: string;
  en: string;
  zh: string;
  parent?: string | null;
  order?: number;
  /** How many entries use it (admin API). */
  usage?: number;
  keywords?: readonly string[];
  unit?: string;
  defaultComparison?: string;
}

/** The open vocabularies admins manage, with their API names. */
export const TAXONOMIES = [
  { key: 'sectors', api: 'sectors', hierarchical: true, field: 'sectors' },
  { key: 'themes', api: 'themes', hierarchical: false, field: 'themes' },
  { key: 'instruments', api: 'instruments', hierarchical: false, field: 'instrumentType' },
  { key: 'issuingBodies', api: 'issuers', hierarchical: false, field: 'issuingBodies' },
  { key: 'metrics', api: 'metrics', hierarchical: false, field: 'targets' },
] as const;
export type TaxonomyKey = (typeof TAXONOMIES)[number]['key'];
export const isTaxonomyKey = (k: unknown): k is TaxonomyKey => TAXONOMIES.some((t) => t.key === k);
export const taxonomyInfo = (k: TaxonomyKey) => TAXONOMIES.find((t) => t.key === k)!;

const copy = (terms: readonly Term[]): TaxonomyTerm[] => terms.map((t, i) => ({ ...t, parent: t.parent ?? null, order: i }));

/** The built-in vocabularies, used until (or unless) the API sends the database's. */
export function staticTaxonomies(): Record<TaxonomyKey, TaxonomyTerm[]> {
  return {
    sectors: copy(SECTORS),
    themes: copy(THEMES),
    instruments: copy(INSTRUMENT_TYPES),
    issuingBodies: copy(ISSUING_BODIES),
    metrics: copy(METRICS),
  };
}

export const GHG_TERMS: readonly TaxonomyTerm[] = copy(GHGS);

export function termLabel(terms: readonly { code: string; en: string; zh: string }[], code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  const t = terms.find((x) => x.code === code);
  return t ? t[lang] || t.en : code;
}

export interface TermNode {
  term: TaxonomyTerm;
  depth: number;
  children: TermNode[];
}

const byOrder = (a: TaxonomyTerm, b: TaxonomyTerm) => (a.order ?? 0) - (b.order ?? 0) || a.code.localeCompare(b.code);

/** The terms as a forest, siblings in their stored order. */
export function buildTree(terms: readonly TaxonomyTerm[]): TermNode[] {
  const known = new Set(terms.map((t) => t.code));
  const build = (parent: string | null, depth: number): TermNode[] =>
    terms
      .filter((t) => (t.parent && known.has(t.parent) ? t.parent : null) === parent)
      .sort(byOrder)
      .map((term) => ({ term, depth, children: depth > 8 ? [] : build(term.code, depth + 1) }));
  return build(null, 0);
}

/** Depth-first list of a forest, for rendering a tree as rows. */
export function flattenTree(nodes: readonly TermNode[]): TermNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/** Lower-case, no accents: for filtering terms by what someone types in either language. */
export function matchesTerm(term: { code: string; en: string; zh: string }, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return term.en.toLowerCase().includes(q) || term.zh.includes(q) || term.code.toLowerCase().includes(q);
}

/** A term's code and the codes of everything under it. */
export function descendantsCodes(terms: readonly TaxonomyTerm[], code: string): string[] {
  const out = [code];
  for (let i = 0; i < out.length; i++) for (const x of terms) if (x.parent === out[i] && !out.includes(x.code)) out.push(x.code);
  return out;
}
