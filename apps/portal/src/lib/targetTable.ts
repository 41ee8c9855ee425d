import type { TargetRow } from '@/api/targets';
import { localeTag, type Lang } from '@/i18n';

/** Which places the targets page lists: every one, provinces (with municipalities) or cities. */
export const PLACE_LEVELS = ['all', 'province', 'city'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** Column orders of the targets table: by place name or by value, ascending, or descending with a "-". */
export const TARGET_SORTS = ['place', '-place', 'value', '-value'] as const;
export type TargetSort = (typeof TARGET_SORTS)[number];

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** `level` and `sort` from the page's query; anything else is the default (all places, the API's place order). */
export function readTableQuery(query: Record<string, unknown>): { level: PlaceLevel; sort: TargetSort | undefined } {
  const level = one(query.level);
  const sort = one(query.sort);
  return {
    level: (PLACE_LEVELS as readonly unknown[]).includes(level) && level !== 'all' ? (level as PlaceLevel) : 'all',
    sort: (TARGET_SORTS as readonly unknown[]).includes(sort) ? (sort as TargetSort) : undefined,
  };
}

/** The country's own target (the reference the places are read against) and every other place's. */
export function splitNational(rows: readonly TargetRow[]): { national: TargetRow | undefined; places: TargetRow[] } {
  return { national: rows.find((r) => r.jurisdiction.code === 'CN'), places: rows.filter((r) => r.jurisdiction.code !== 'CN') };
}

/** Places of one level (all: the country too); a city's zones count with cities. Kinds come with each row from the API. */
export function ofLevel(rows: readonly TargetRow[], level: PlaceLevel): TargetRow[] {
  if (level === 'all') return [...rows];
  const kinds = level === 'province' ? ['province'] : ['city', 'zone'];
  return rows.filter((r) => kinds.includes(r.jurisdiction.kind ?? (/^\d{2}0000$/.test(r.jurisdiction.code) ? 'province' : 'city')));
}

/** Clicking a column sorts by it ascending; clicking it again reverses. */
export function nextSort(current: TargetSort | undefined, column: 'place' | 'value'): TargetSort {
  return current === column ? `-${column}` : column;
}

/**
 * Rows in the chosen order; without one, as the API listed them (country, provinces, cities). Names
 * compare in the reader's language (Chinese by pinyin); rows without a number sort last either way.
 */
export function sortTargets(rows: readonly TargetRow[], sort: TargetSort | undefined, nameOf: (r: TargetRow) => string, lang: Lang): TargetRow[] {
  if (!sort) return [...rows];
  const desc = sort.startsWith('-');
  const column = desc ? sort.slice(1) : sort;
  const sign = desc ? -1 : 1;
  const collator = new Intl.Collator(localeTag(lang));
  const byName = (a: TargetRow, b: TargetRow) => collator.compare(nameOf(a), nameOf(b));
  const valueOf = (r: TargetRow) => (typeof r.value === 'number' && Number.isFinite(r.value) ? r.value : undefined);
  return [...rows].sort((a, b) => {
    if (column === 'place') return sign * byName(a, b);
    const [x, y] = [valueOf(a), valueOf(b)];
    if (x === undefined || y === undefined) return Number(x === undefined) - Number(y === undefined) || byName(a, b);
    return sign * (x - y) || byName(a, b);
  });
}
