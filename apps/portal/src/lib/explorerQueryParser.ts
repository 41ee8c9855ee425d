/**
 * Route query → EntryQuery with the domain's zod schema (the one the API validates with). Its own chunk:
 * the explorer store loads it beside the taxonomy request it waits for anyway (see useExplorerStore.prepare).
 */
import { parseEntryQuery, type QueryVocabulary } from '@dualcarbon/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { EntryQuery } from './explorerQuery';

/** The codes a route query is checked against: the taxonomy store's terms, and the region codes the domain knows. */
export { queryVocabularyOf } from '@dualcarbon/domain';

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
