/**
 * The explorer's state lives in the URL. These functions translate between the route's query and the
 * domain's EntryQuery (the same zod schema the API validates with), so a shared link, a reload and the
 * back button all give the same result.
 */
import {
  CODE_FILTER_KEYS, entryQueryToSearchParams, filtersOf, parseEntryQuery, type CodeFilterKey, type EntryQuery, type QueryVocabulary,
} from '@dualcarbon/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

export type { CodeFilterKey, EntryQuery };
export { CODE_FILTER_KEYS };

export interface ParsedRouteQuery {
  query: EntryQuery;
  /** Parameters that were dropped because they were not valid (e.g. a hand-edited `sector=steel`). */
  invalid: string[];
}

/** A route query as `{key: string | string[]}` without Vue Router's nulls (`?flag` with no value). */
function plain(routeQuery: LocationQuery | LocationQueryRaw): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(routeQuery)) {
    if (Array.isArray(v)) {
      const vals = v.filter((x): x is string => typeof x === 'string');
      if (vals.length) out[k] = vals;
    } else if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

/**
 * Route query → EntryQuery. An invalid parameter is dropped and reported; the rest of the query still applies.
 * Codes are checked against `vocabulary` (the taxonomy store's live one, so codes admins added are kept),
 * else the built-in lists.
 */
export function parseRouteQuery(routeQuery: LocationQuery | LocationQueryRaw, vocabulary?: QueryVocabulary): ParsedRouteQuery {
  const record = plain(routeQuery);
  const invalid: string[] = [];
  for (let guard = 0; guard < 30; guard++) {
    const r = parseEntryQuery(record, vocabulary);
    if (r.success) return { query: r.data, invalid };
    const bad = [...new Set(r.error.issues.map((i) => String(i.path[0] ?? '')))].filter((k) => k in record);
    if (!bad.length) break;
    for (const k of bad) {
      delete record[k];
      invalid.push(k);
    }
  }
  const fallback = parseEntryQuery({});
  if (!fallback.success) throw new Error('The empty entry query does not parse');
  return { query: fallback.data, invalid: Object.keys(plain(routeQuery)) };
}

export function emptyQuery(): EntryQuery {
  return parseRouteQuery({}).query;
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
