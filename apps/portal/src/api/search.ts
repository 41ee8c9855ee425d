import type { EntrySearchResult, SearchFacet } from '@dualcarbon/domain';
import { getJson } from './http';
import type { CountRow, Page } from './types';
import type { Lang } from '@/i18n';

export type FacetKey = SearchFacet;
/** Counts per facet value for the current filters (each facet's counts ignore that facet's own filter). */
export type Facets = Partial<Record<FacetKey, CountRow[]>>;

/** A search hit: an entry summary plus a snippet where matches are wrapped in <mark> and the rest is HTML-escaped. */
export type SearchHit = EntrySearchResult['items'][number];

export interface SearchResult extends Page<SearchHit> {
  facets: Facets;
}

function facetsView(facets: EntrySearchResult['facets']): Facets {
  if (!facets) return {};
  return Object.fromEntries(Object.entries(facets).map(([key, values]) => [key, values.map((v) => ({ key: v.value, count: v.count }))]));
}

/** `GET /api/entries?<query>`: one page of hits with facet counts. */
export async function searchEntries(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResult> {
  const qs = params.toString();
  const r = await getJson<EntrySearchResult>(`/entries${qs ? `?${qs}` : ''}`, { signal });
  return { items: r.items, total: r.total, page: r.page, pageSize: r.pageSize, facets: facetsView(r.facets) };
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
