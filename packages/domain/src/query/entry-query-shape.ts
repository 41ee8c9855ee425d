import type { Term } from '../taxonomies/types';

// The entry query's keys, types and URL form without its zod schema (entry-query.ts), so a client can build
// and read search URLs without bundling the parser.

/** Filters shared by search, statistics, export and feeds, in URL order. */
export const FILTER_KEYS = [
  'q',
  'region',
  'includeSubregions',
  'level',
  'sector',
  'instrument',
  'theme',
  'ghg',
  'status',
  'kind',
  'issuer',
  'issuedFrom',
  'issuedTo',
  'hasTargets',
  'targetMetric',
  'targetYear',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** Multi-valued code filters on the entry itself; each is also a facet. */
export const ENTRY_CODE_FILTER_KEYS = ['region', 'level', 'sector', 'instrument', 'theme', 'ghg', 'status', 'kind', 'issuer'] as const;
/** Multi-valued code filters on the entry's targets; each is also a facet. */
export const TARGET_CODE_FILTER_KEYS = ['targetMetric', 'targetYear'] as const;
/** Multi-valued code filters; each is also a facet. */
export const CODE_FILTER_KEYS = [...ENTRY_CODE_FILTER_KEYS, ...TARGET_CODE_FILTER_KEYS] as const;
export type CodeFilterKey = (typeof CODE_FILTER_KEYS)[number];
/** Search-only parameters. */
export const PAGING_KEYS = ['sort', 'page', 'pageSize', 'facets'] as const;
export const QUERY_KEYS = [...FILTER_KEYS, ...PAGING_KEYS] as const;
/** Exports and feeds: the filters plus the reader's language (`lang`), which their links and text follow. */
export const OUTPUT_KEYS = [...FILTER_KEYS, 'lang'] as const;
export const OUTPUT_LANGS = ['en', 'zh'] as const;
export type OutputLang = (typeof OUTPUT_LANGS)[number];
export type QueryKey = (typeof QUERY_KEYS)[number];

export const SORTS = ['relevance', 'newest', 'oldest', 'title'] as const;
export type Sort = (typeof SORTS)[number];
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 10_000;

/** Open taxonomies (admins add terms): the API may pass the database's terms; the static lists are the default. */
export interface QueryVocabulary {
  sectors: readonly Term[];
  themes: readonly Term[];
  instruments: readonly Term[];
  issuers: readonly Term[];
  /** Metrics targets are set for (the targetMetric filter). */
  metrics: readonly Term[];
  /** Region code check; zones are DB rows, so the default accepts any well-formed zone code. */
  isRegion: (code: string) => boolean;
}

export interface EntryFilters {
  q?: string;
  region: string[];
  includeSubregions: boolean;
  level: string[];
  sector: string[];
  instrument: string[];
  theme: string[];
  ghg: string[];
  status: string[];
  kind: string[];
  issuer: string[];
  /** As given: YYYY or YYYY-MM-DD (see `issuedRange`). */
  issuedFrom?: string;
  issuedTo?: string;
  hasTargets?: boolean;
  /**
   * Entries with a target on one of these metrics (and, with targetYear, for one of those years: both
   * hold for the same target, so "carbon_intensity" and "2025" means a 2025 carbon-intensity target).
   */
  targetMetric: string[];
  /** Target years as four-digit strings (they are facet values like the codes). */
  targetYear: string[];
}

/** What an export or feed is asked for: which entries, and in which language it links and titles them. */
export interface EntryOutputQuery {
  filters: EntryFilters;
  lang: OutputLang;
}

export interface EntryQuery extends EntryFilters {
  sort: Sort;
  page: number;
  pageSize: number;
  facets: boolean;
}

/** The query every omitted parameter gives (what `parseEntryQuery({})` returns). */
export function blankEntryQuery(): EntryQuery {
  const noCodes = Object.fromEntries(CODE_FILTER_KEYS.map((key) => [key, [] as string[]])) as Record<CodeFilterKey, string[]>;
  return {
    ...noCodes,
    includeSubregions: true,
    page: 1,
    pageSize: 20,
    facets: true,
    sort: 'newest',
  };
}

/** Defaults are left out so URLs stay short; multi-valued filters are comma-joined. Round-trips through parseEntryQuery. */
export function entryQueryToSearchParams(query: Partial<EntryQuery>): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = query[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) out.set(key, value.join(','));
      continue;
    }
    if (key === 'includeSubregions' && value === true) continue;
    if (key === 'facets' && value === true) continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === 20) continue;
    if (key === 'sort' && value === (query.q ? 'relevance' : 'newest')) continue;
    out.set(key, String(value));
  }
  return out;
}

/** The filters of a query (drops sort, paging and facets), e.g. for a stats or export link. */
export function filtersOf(query: EntryFilters): EntryFilters {
  const out: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) if (query[key] !== undefined) out[key] = query[key];
  return out as unknown as EntryFilters;
}
