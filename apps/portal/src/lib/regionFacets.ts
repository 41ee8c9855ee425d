/** The explorer's place facet: places as a tree, named by the API or else by the domain's region table (facet panel only). */
import { provinceCodeOf, regionByCode } from '@dualcarbon/domain';
import type { CountRow, RegionName } from '@/api/types';
import type { Lang } from '@/i18n';
import { byCountThenLabel, type FacetNode } from './facets';

/** A place's name: the API's names when known (zones exist only there), else the domain list, else the code. */
export function placeLabel(code: string, lang: Lang, names?: ReadonlyMap<string, RegionName>): string {
  const sent = names?.get(code);
  if (sent?.[lang]) return sent[lang];
  const r = regionByCode(code);
  if (r) return lang === 'zh' ? r.zh : r.enShort;
  return sent?.en || code;
}

/** The province (or CN) a counted place is filed under in the region tree: the domain's roll-up by code. */
const provinceOf = (code: string): string => (code === 'CN' ? 'CN' : (provinceCodeOf(code) ?? code));

/** Places as a two-level tree: China, provinces, and under each province its cities and zones. */
export function regionTree(
  buckets: readonly CountRow[] | undefined,
  selected: readonly string[],
  lang: Lang,
  names?: ReadonlyMap<string, RegionName>,
): FacetNode[] {
  const counts = new Map((buckets ?? []).map((b) => [b.key, b.count]));
  const codes = [...new Set([...counts.keys(), ...selected])];
  const top = new Map<string, FacetNode>();
  const option = (code: string): FacetNode => ({
    code,
    label: placeLabel(code, lang, names),
    count: counts.get(code),
    selected: selected.includes(code),
    children: [],
  });
  for (const code of codes) {
    const p = provinceOf(code);
    if (!top.has(p)) top.set(p, option(p));
    if (p !== code) top.get(p)!.children.push(option(code));
  }
  const keep = (n: FacetNode) => n.selected || (n.count ?? 0) > 0 || n.children.length > 0;
  const nodes = [...top.values()].filter(keep);
  for (const n of nodes) n.children = n.children.filter(keep).sort(byCountThenLabel);
  // China first, then provinces by count.
  return nodes.sort((a, b) => (a.code === 'CN' ? -1 : b.code === 'CN' ? 1 : byCountThenLabel(a, b)));
}
