/**
 * The explorer's state lives in the URL. These functions build route queries and API parameters from the
 * domain's EntryQuery; reading a route query (the zod schema the API validates with) is explorerQueryParser.ts,
 * a chunk the explorer loads beside the taxonomy request, so that a shared link, a reload and the back
 * button all give the same result without the parser weighing on any first view.
 */
import { CODE_FILTER_KEYS, blankEntryQuery, entryQueryToSearchParams, filtersOf, type CodeFilterKey, type EntryQuery, type Sort } from '@dualcarbon/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

export type { CodeFilterKey, EntryQuery };
/** The query of a URL without parameters. */
export const emptyQuery = blankEntryQuery;
export { CODE_FILTER_KEYS };

type RouteQuery = LocationQuery | LocationQueryRaw;
const valuesOf = (routeQuery: RouteQuery, key: string): string[] =>
  [routeQuery[key]]
    .flat()
    .flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? String(v).split(',') : []))
    .map((v) => v.trim())
    .filter(Boolean);
const firstOf = (routeQuery: RouteQuery, key: string): string | undefined => valuesOf(routeQuery, key)[0];
const booleanOf = (value: string | undefined) => (value === 'true' ? true : value === 'false' ? false : undefined);

/**
 * Route query → EntryQuery as it stands, nothing checked: what the explorer asks the API for on a first
 * visit while the parser's chunk (zod, the query schema) is on its way. The API checks it with that same
 * schema; the checked reading (explorerQueryParser.ts) then replaces it, dropping what is invalid.
 */
export function uncheckedRouteQuery(routeQuery: RouteQuery): EntryQuery {
  const query = blankEntryQuery();
  for (const key of CODE_FILTER_KEYS) query[key] = [...new Set(valuesOf(routeQuery, key))];
  query.q = firstOf(routeQuery, 'q');
  query.issuedFrom = firstOf(routeQuery, 'issuedFrom');
  query.issuedTo = firstOf(routeQuery, 'issuedTo');
  query.includeSubregions = booleanOf(firstOf(routeQuery, 'includeSubregions')) ?? true;
  query.hasTargets = booleanOf(firstOf(routeQuery, 'hasTargets'));
  query.sort = (firstOf(routeQuery, 'sort') as Sort | undefined) ?? (query.q ? 'relevance' : 'newest');
  query.page = Number(firstOf(routeQuery, 'page')) || 1;
  query.pageSize = Number(firstOf(routeQuery, 'pageSize')) || 20;
  return query;
}

/** EntryQuery → route query; defaults are left out so shared URLs stay short. */
export function toRouteQuery(query: Partial<EntryQuery>): Record<string, string> {
  const { facets: _facets, ...rest } = query;
  return Object.fromEntries(entryQueryToSearchParams(rest));
}

/** Parameters for `GET /api/entries` (with facet counts). */
export function searchParams(query: EntryQuery): URLSearchParams {
  return entryQueryToSearchParams({ ...query, facets: true });
}

/** Only the filters: for export, feed and statistics links, which take no paging or sort. */
export function filterParams(query: EntryQuery): URLSearchParams {
  return entryQueryToSearchParams(filtersOf(query));
}

/** A copy of the query with one code added or removed, back on page 1. */
export function toggleCode(query: EntryQuery, key: CodeFilterKey, code: string): EntryQuery {
  const current = query[key];
  const next = current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
  return { ...query, [key]: next, page: 1 };
}

/** A copy of the query with some fields changed; any change other than the page goes back to page 1. */
export function patchQuery(query: EntryQuery, patch: Partial<EntryQuery>): EntryQuery {
  const next = { ...query, ...patch };
  if (!('page' in patch)) next.page = 1;
  // New search words bring the default order with them (relevance with words, newest without),
  // unless the reader had chosen another order; "relevance" never outlives the words.
  if ('q' in patch && !('sort' in patch)) {
    const defaultFor = (q?: string) => (q ? 'relevance' : 'newest');
    if (query.sort === defaultFor(query.q) || (!next.q && next.sort === 'relevance')) next.sort = defaultFor(next.q);
  }
  return next;
}

/** Filters cleared; the search words and sort stay. */
export function clearFilters(query: EntryQuery): EntryQuery {
  const next = { ...emptyQuery(), q: query.q, sort: query.sort, pageSize: query.pageSize };
  if (!next.q && next.sort === 'relevance') next.sort = 'newest';
  return next;
}

/** How many filter values are set (search words not counted): the number on the mobile "Filters" button. */
export function activeFilterCount(query: EntryQuery): number {
  let n = 0;
  for (const key of CODE_FILTER_KEYS) n += query[key].length;
  if (query.issuedFrom) n++;
  if (query.issuedTo) n++;
  if (query.hasTargets !== undefined) n++;
  if (!query.includeSubregions) n++;
  return n;
}
