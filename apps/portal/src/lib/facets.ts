/** Labels and trees for the explorer's facets: taxonomy terms and places in the reader's language. */
import { ENTRY_KINDS, GHGS, LEVELS, POLICY_STATUSES, type LiveTerms, type Term } from '@dualcarbon/domain';
import type { CountRow } from '@/api/types';
import type { RegionName } from '@/api/types';
import type { Lang } from '@/i18n';
import type { CodeFilterKey } from './explorerQuery';
import { termLabel } from './terms';

export type FacetTerms = Record<Exclude<CodeFilterKey, 'region'>, readonly Term[]>;

/** Target years have no terms: a year is its own label. */
const NO_TERMS: readonly Term[] = [];

/** The facets' terms: the open taxonomies from `open` (the taxonomy store's live lists), the closed ones built in. */
export function facetTermsOf(open: Required<LiveTerms>): FacetTerms {
  return {
    level: LEVELS,
    sector: open.sectors,
    instrument: open.instruments,
    theme: open.themes,
    ghg: GHGS,
    status: POLICY_STATUSES,
    kind: ENTRY_KINDS,
    issuer: open.issuers,
    targetMetric: open.metrics,
    targetYear: NO_TERMS,
  };
}

/**
 * A place's name as the API sent it (`GET /api/regions` names every place, zones included), else its code.
 * The domain's region table is not used here: it would put 9 KB on the explorer's first view
 * (the facet panel, which loads later, falls back to it: regionFacets.ts).
 */
export function sentPlaceLabel(code: string, lang: Lang, names?: ReadonlyMap<string, RegionName>): string {
  const sent = names?.get(code);
  return sent?.[lang] || sent?.en || code;
}

export function codeLabel(key: CodeFilterKey, code: string, lang: Lang, names: ReadonlyMap<string, RegionName> | undefined, terms: FacetTerms): string {
  return key === 'region' ? sentPlaceLabel(code, lang, names) : termLabel(terms[key], code, lang);
}

export interface FacetOption {
  code: string;
  label: string;
  /** Undefined when the API did not count this value (e.g. a selected value now matching nothing). */
  count?: number;
  selected: boolean;
}

export interface FacetNode extends FacetOption {
  children: FacetNode[];
}

export const byCountThenLabel = (a: FacetOption, b: FacetOption) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label);

/** A flat facet: every counted value plus the selected ones, most frequent first. */
export function flatOptions(
  key: Exclude<CodeFilterKey, 'region'>,
  buckets: readonly CountRow[] | undefined,
  selected: readonly string[],
  lang: Lang,
  terms: FacetTerms,
): FacetOption[] {
  const counts = new Map((buckets ?? []).map((b) => [b.key, b.count]));
  const codes = new Set([...counts.keys(), ...selected]);
  return [...codes]
    .map((code) => ({ code, label: codeLabel(key, code, lang, undefined, terms), count: counts.get(code), selected: selected.includes(code) }))
    .filter((o) => o.selected || (o.count ?? 0) > 0)
    .sort(byCountThenLabel);
}

/** Target years with their counts plus the selected ones, soonest first (a timeline reads left to right). */
export function yearOptions(buckets: readonly CountRow[] | undefined, selected: readonly string[]): FacetOption[] {
  const counts = new Map((buckets ?? []).map((b) => [b.key, b.count]));
  return [...new Set([...counts.keys(), ...selected])]
    .map((code) => ({ code, label: code, count: counts.get(code), selected: selected.includes(code) }))
    .filter((o) => o.selected || (o.count ?? 0) > 0)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Sectors as a tree (parent sectors include their children when filtering). */
export function sectorTree(buckets: readonly CountRow[] | undefined, selected: readonly string[], lang: Lang, terms: readonly Term[]): FacetNode[] {
  const counts = new Map((buckets ?? []).map((b) => [b.key, b.count]));
  const node = (t: Term): FacetNode => ({
    code: t.code,
    label: termLabel(terms, t.code, lang),
    count: counts.get(t.code),
    selected: selected.includes(t.code),
    children: terms
      .filter((c) => c.parent === t.code)
      .map(node)
      .filter(keep)
      .sort(byCountThenLabel),
  });
  const keep = (n: FacetNode): boolean => n.selected || (n.count ?? 0) > 0 || n.children.length > 0;
  const known = new Set(terms.map((t) => t.code));
  const roots = terms
    .filter((t) => !t.parent || !known.has(t.parent))
    .map(node)
    .filter(keep);
  // Codes the API counted that the portal's vocabulary does not know yet (admins add terms) are shown flat.
  const unknown = [...new Set([...counts.keys(), ...selected])]
    .filter((c) => !known.has(c))
    .map((code): FacetNode => ({ code, label: code, count: counts.get(code), selected: selected.includes(code), children: [] }))
    .filter(keep);
  return [...roots, ...unknown].sort(byCountThenLabel);
}
