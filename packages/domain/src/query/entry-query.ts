import { z } from 'zod';
import { isRegionCode, isZoneCode } from '../regions';
import { ENTRY_KINDS, GHGS, ISSUING_BODIES, LEVELS, POLICY_STATUSES } from '../taxonomies/enums';
import { INSTRUMENT_TYPES } from '../taxonomies/instruments';
import { METRICS } from '../taxonomies/metrics';
import { SECTORS } from '../taxonomies/sectors';
import { THEMES } from '../taxonomies/themes';
import { descendantsOf, type Term } from '../taxonomies/types';
import {
  FILTER_KEYS,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  OUTPUT_KEYS,
  OUTPUT_LANGS,
  QUERY_KEYS,
  SORTS,
  entryQueryToSearchParams,
  type EntryFilters,
  type EntryOutputQuery,
  type EntryQuery,
  type QueryVocabulary,
} from './entry-query-shape';
import { bool, codeList, dateBound, isDateParam, patternList, single, toParamRecord, wholeNumber, yearList, type QueryInput } from './params';

export const STATIC_VOCABULARY: QueryVocabulary = {
  sectors: SECTORS,
  themes: THEMES,
  instruments: INSTRUMENT_TYPES,
  issuers: ISSUING_BODIES,
  metrics: METRICS,
  isRegion: (code) => isRegionCode(code) || isZoneCode(code),
};

const codes = (terms: readonly { code: string }[]) => () => terms.map((t) => t.code);
const dateParam = (name: string) => single(name, z.string().refine(isDateParam, `${name} must be a year (2021) or a date (2021-10-24)`)).optional();

function filterShape(v: QueryVocabulary) {
  return {
    q: single(
      'q',
      z
        .string()
        // Control characters (NUL cannot even be stored) become spaces.
        .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
        .pipe(z.string().max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)),
    )
      .optional()
      .transform((s) => (s ? s : undefined))
      .describe('Words to search for in English or Chinese titles and summaries (≤ 200 characters)'),
    region: patternList(
      'region',
      v.isRegion,
      'Region codes are CN, a six-digit GB/T 2260 province or city code (e.g. 130000 Hebei, 440300 Shenzhen) or a zone code such as 120100-binhai',
      'Jurisdiction codes: CN, six-digit GB/T 2260 province or city codes, or zone codes (120100-binhai)',
    ),
    includeSubregions: bool('includeSubregions').default(true).describe('A province includes its cities and zones (default true)'),
    level: codeList('level', codes(LEVELS)),
    sector: codeList('sector', codes(v.sectors), undefined),
    instrument: codeList('instrument', codes(v.instruments)),
    theme: codeList('theme', codes(v.themes)),
    ghg: codeList('ghg', codes(GHGS)),
    status: codeList('status', codes(POLICY_STATUSES)),
    kind: codeList('kind', codes(ENTRY_KINDS)),
    issuer: codeList('issuer', codes(v.issuers)),
    issuedFrom: dateParam('issuedFrom').describe('Issued on or after: YYYY or YYYY-MM-DD'),
    issuedTo: dateParam('issuedTo').describe('Issued on or before: YYYY or YYYY-MM-DD'),
    hasTargets: bool('hasTargets').optional().describe('Only entries with (true) or without (false) quantified targets'),
    targetMetric: codeList(
      'targetMetric',
      codes(v.metrics),
      `Entries with a target on one of these metrics (GET /api/metrics lists them), e.g. non_fossil_share; with targetYear, a target on the metric for one of those years`,
    ),
    targetYear: yearList('targetYear').describe(
      'Entries with a target for one of these years, e.g. 2025 or 2025,2030; with targetMetric, a target for the year on one of those metrics',
    ),
  };
}

function pagingShape() {
  return {
    sort: single('sort', z.enum(SORTS, { error: `sort is one of ${SORTS.join(', ')}` }))
      .optional()
      .describe('relevance (default when q is given), newest (default otherwise), oldest or title'),
    page: wholeNumber('page', 1, MAX_PAGE).default(1).describe('Page number, from 1'),
    pageSize: wholeNumber('pageSize', 1, MAX_PAGE_SIZE).default(20).describe('Entries per page, 1–100 (default 20)'),
    facets: bool('facets').default(true).describe('Include facet counts (default true)'),
  };
}

/** Unknown parameters are errors naming the parameter and listing the allowed ones. */
function rejectUnknown(allowed: readonly string[]) {
  const known = new Set<string>(allowed);
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const key of Object.keys(value)) {
      if (!known.has(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `Unknown parameter "${key.slice(0, 60)}". Allowed parameters: ${allowed.join(', ')}` });
      }
    }
  };
}

function checkRange(value: { issuedFrom?: string; issuedTo?: string }, ctx: z.RefinementCtx) {
  const { issuedFrom: from, issuedTo: to } = value;
  if (typeof from === 'string' && typeof to === 'string' && isDateParam(from) && isDateParam(to) && dateBound(from, false) > dateBound(to, true)) {
    ctx.addIssue({ code: 'custom', path: ['issuedTo'], message: 'issuedTo must not be before issuedFrom' });
  }
}

/** Filters only (statistics, export, feeds). */
export function createEntryFilterSchema(vocabulary: QueryVocabulary = STATIC_VOCABULARY) {
  return z
    .looseObject(filterShape(vocabulary))
    .superRefine(rejectUnknown(FILTER_KEYS))
    .superRefine(checkRange)
    .transform((v) => v as EntryFilters);
}

/** Filters plus `lang` (export, feeds); `lang` defaults to English. */
export function createEntryOutputSchema(vocabulary: QueryVocabulary = STATIC_VOCABULARY) {
  return z
    .looseObject({
      ...filterShape(vocabulary),
      lang: single('lang', z.enum(OUTPUT_LANGS, { error: `lang is one of ${OUTPUT_LANGS.join(', ')}` }))
        .default('en')
        .describe("The reader's language: links go to the portal's /en or /zh pages, feed text follows it (default en)"),
    })
    .superRefine(rejectUnknown(OUTPUT_KEYS))
    .superRefine(checkRange)
    .transform(({ lang, ...rest }): EntryOutputQuery => ({ filters: rest as EntryFilters, lang }));
}

/** The query string of an export or feed: the filters, then `lang` unless English (the default). */
export function entryOutputToSearchParams({ filters, lang }: EntryOutputQuery): URLSearchParams {
  const out = entryQueryToSearchParams(filters);
  if (lang !== 'en') out.set('lang', lang);
  return out;
}

/** Filters plus sort, paging and facets (search). */
export function createEntryQuerySchema(vocabulary: QueryVocabulary = STATIC_VOCABULARY) {
  return z
    .looseObject({ ...filterShape(vocabulary), ...pagingShape() })
    .superRefine(rejectUnknown(QUERY_KEYS))
    .superRefine(checkRange)
    .transform(({ sort, ...rest }): EntryQuery => ({
      ...(rest as EntryFilters),
      page: rest.page,
      pageSize: rest.pageSize,
      facets: rest.facets,
      sort: sort ?? (rest.q ? 'relevance' : 'newest'),
    }));
}

export const EntryFilterSchema = createEntryFilterSchema();
export const EntryQuerySchema = createEntryQuerySchema();
export const EntryOutputSchema = createEntryOutputSchema();

export type EntryQueryResult = { success: true; data: EntryQuery } | { success: false; error: z.ZodError };

/** Compiled query schemas per vocabulary object, so a client re-parsing URLs compiles once per vocabulary. */
const querySchemas = new WeakMap<QueryVocabulary, ReturnType<typeof createEntryQuerySchema>>();

function querySchemaFor(vocabulary: QueryVocabulary | undefined) {
  if (!vocabulary || vocabulary === STATIC_VOCABULARY) return EntryQuerySchema;
  let schema = querySchemas.get(vocabulary);
  if (!schema) querySchemas.set(vocabulary, (schema = createEntryQuerySchema(vocabulary)));
  return schema;
}

/**
 * Parses URL state (URLSearchParams, a query string or a query object) into an EntryQuery, against the
 * built-in lists or a live vocabulary (`queryVocabularyOf` the API's current terms).
 */
export function parseEntryQuery(params: QueryInput, vocabulary?: QueryVocabulary): EntryQueryResult {
  return querySchemaFor(vocabulary).safeParse(toParamRecord(params)) as EntryQueryResult;
}

/** Parses filters only; search parameters are errors. */
export function parseEntryFilters(params: QueryInput) {
  return EntryFilterSchema.safeParse(toParamRecord(params));
}

/** Inclusive issue-date bounds as YYYY-MM-DD. */
export function issuedRange(f: Pick<EntryFilters, 'issuedFrom' | 'issuedTo'>): { from?: string; to?: string } {
  return { from: f.issuedFrom && dateBound(f.issuedFrom, false), to: f.issuedTo && dateBound(f.issuedTo, true) };
}

/** Selected sectors with their descendants ("a parent includes its children"). */
export function expandSectors(selected: readonly string[], sectors: readonly Term[] = SECTORS): string[] {
  return [...new Set(selected.flatMap((code) => descendantsOf(sectors, code)))];
}
