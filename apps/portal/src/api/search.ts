import { ApiError, getJson } from './http';
import { countRows, isObject, listOf, type CountRow } from './normalize';
import type { EntrySummary, Page } from './types';
import type { Lang } from '@/i18n';

/** Facets the API counts for the current filters (each filter's counts ignore that filter itself). */
export const FACET_KEYS = ['region', 'level', 'sector', 'instrument', 'theme', 'ghg', 'status', 'kind', 'issuer', 'year', 'hasTargets', 'targetMetric', 'targetYear'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
export type Facets = Partial<Record<FacetKey, CountRow[]>>;

/** A search hit: an entry summary plus a snippet where matches are wrapped in <mark> and the rest is HTML-escaped. */
export type SearchHit = EntrySummary & { snippet?: string | null };

export interface SearchResult extends Page<SearchHit> {
  facets: Facets;
}

function readFacets(raw: unknown): Facets {
  if (!isObject(raw)) return {};
  const out: Facets = {};
  for (const key of FACET_KEYS) if (raw[key] !== undefined) out[key] = countRows(raw[key]);
  return out;
}

/** `GET /api/entries?<query>`: one page of hits with facet counts. */
export async function searchEntries(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResult> {
  const qs = params.toString();
  const raw = await getJson<unknown>(`/entries${qs ? `?${qs}` : ''}`, { signal });
  if (!isObject(raw) || !Array.isArray(raw.items)) throw new ApiError('bad_response', 'Entry search answer without items');
  const items = listOf(raw) as SearchHit[];
  return {
    items,
    total: typeof raw.total === 'number' ? raw.total : items.length,
    page: typeof raw.page === 'number' ? raw.page : 1,
    pageSize: typeof raw.pageSize === 'number' ? raw.pageSize : items.length,
    facets: readFacets(raw.facets),
  };
}

/** The filters plus the reader's language, which exports' links and feeds' text follow (English is the API's default). */
function outputQuery(filters: URLSearchParams, lang: Lang): string {
  const qs = new URLSearchParams(filters);
  if (lang !== 'en') qs.set('lang', lang);
  const s = qs.toString();
  return s ? `?${s}` : '';
}

/** Where the current result can be downloaded or followed: same filters, no paging, the reader's language. */
export function exportHref(format: 'csv' | 'json' | 'ndjson', filters: URLSearchParams, lang: Lang): string {
  return `/api/export/entries.${format}${outputQuery(filters, lang)}`;
}

export function feedHref(filters: URLSearchParams, lang: Lang): string {
  return `/api/feeds/entries.atom${outputQuery(filters, lang)}`;
}
