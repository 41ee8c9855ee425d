import type { LiveTerms, QueryVocabulary } from '@dualcarbon/domain';
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { searchEntries, type SearchResult } from '@/api/search';
import {
  clearFilters,
  emptyQuery,
  patchQuery,
  searchParams,
  toggleCode,
  toRouteQuery,
  uncheckedRouteQuery,
  type CodeFilterKey,
  type EntryQuery,
} from '@/lib/explorerQuery';
import { useEntriesStore } from './entries';
import { toApiError, type LoadState } from './loadState';
import { useTaxonomyStore } from './taxonomy';

export type SearchState = LoadState<SearchResult>;

type QueryParser = typeof import('@/lib/explorerQueryParser');
/** The route-query parser (zod and the query schema): its own chunk, loaded by `prepare`. */
let parser: QueryParser | null = null;
/** The vocabulary built from the taxonomy terms last seen (the parser compiles its schema once per vocabulary). */
let vocabularyCache: { terms: LiveTerms; vocabulary: QueryVocabulary } | null = null;

function vocabularyFor(p: QueryParser, terms: LiveTerms): QueryVocabulary {
  if (vocabularyCache?.terms !== terms) vocabularyCache = { terms, vocabulary: p.queryVocabularyOf(terms) };
  return vocabularyCache.vocabulary;
}

const IDLE: SearchState = Object.freeze({ status: 'idle', error: null, data: null }) as SearchState;

/**
 * The explorer. Its query is always the one in the URL: the page calls `syncFromRoute` on every
 * navigation, and every control builds a new route query (`toggled`, `patched`, `cleared`) for the
 * router instead of changing state here. Nothing is optimistic: results and facet counts shown are
 * always a server answer — while the next one loads, the previous answer stays on screen marked stale.
 */
export const useExplorerStore = defineStore('explorer', () => {
  const query = shallowRef<EntryQuery>(emptyQuery());
  /** URL parameters that were not valid and were ignored. */
  const invalidParams = ref<string[]>([]);
  const results = reactive<Record<string, SearchState>>({});
  /** Requests under way (not state, see resources.ts). */
  const inflight = new Map<string, Promise<void>>();
  /** The last answer that was on screen. */
  const lastShown = shallowRef<SearchResult | null>(null);

  const key = computed(() => searchParams(query.value).toString());
  const current = computed<SearchState>(() => results[key.value] ?? IDLE);
  /** What to show: this query's answer, or while it loads the previous one (stale); null before any. */
  const view = computed<{ data: SearchResult | null; stale: boolean }>(() => {
    const c = current.value;
    if (c.status === 'ready' && c.data) return { data: c.data, stale: false };
    if (c.status === 'loading' || c.status === 'idle') return { data: c.data ?? lastShown.value, stale: true };
    return { data: null, stale: false };
  });
  const routeQuery = computed(() => toRouteQuery(query.value));

  /**
   * What `syncFromRoute` needs: the live taxonomy terms (so a code an admin added is not dropped) and the
   * parser's chunk, fetched side by side. Never rejects; the page awaits it before every sync.
   */
  async function prepare(): Promise<void> {
    const [loaded] = await Promise.all([parser ?? import('@/lib/explorerQueryParser'), useTaxonomyStore().load()]);
    parser = loaded;
  }

  /** Whether `prepare` has finished once: until then `syncFromRoute` adopts the URL unchecked. */
  const prepared = () => parser !== null;

  /**
   * Adopts the URL's query and returns true when it changed. After `prepare`, codes are checked against
   * the taxonomy terms and invalid parameters dropped (and listed); before it, on a first visit, the URL
   * is taken as it stands so the search can start at once (the API validates it with the same schema).
   */
  function syncFromRoute(routeQuery: LocationQuery | LocationQueryRaw): boolean {
    const parsed = parser
      ? parser.parseRouteQuery(routeQuery, vocabularyFor(parser, useTaxonomyStore().terms))
      : { query: uncheckedRouteQuery(routeQuery), invalid: [] };
    invalidParams.value = parsed.invalid;
    const changed = searchParams(parsed.query).toString() !== key.value;
    if (changed) query.value = parsed.query;
    return changed;
  }

  /** Asks the API for the current query. `unchecked`: a refusal is forgotten, not shown (the checked query follows). */
  async function load(opts: { force?: boolean; unchecked?: boolean } = {}): Promise<void> {
    const k = key.value;
    const existing = results[k];
    const running = inflight.get(k);
    if (!opts.force && (existing?.status === 'ready' || running)) {
      if (existing?.status === 'ready' && existing.data) lastShown.value = existing.data;
      return running;
    }
    results[k] = { status: 'loading', error: null, data: null };
    const params = searchParams(query.value);
    const request: Promise<void> = (async () => {
      try {
        const data = await searchEntries(params);
        const summaries = useEntriesStore().summaries;
        for (const s of data.items) summaries[s.slug] = s;
        results[k] = { status: 'ready', error: null, data };
        if (key.value === k) lastShown.value = data;
      } catch (e) {
        if (opts.unchecked) delete results[k];
        else results[k] = { status: 'error', error: toApiError(e), data: null };
      }
    })().finally(() => {
      if (inflight.get(k) === request) inflight.delete(k);
    });
    inflight.set(k, request);
    return request;
  }

  // Route queries for the controls; state changes only when the router navigates to one of them.
  const toggled = (facet: CodeFilterKey, code: string): LocationQueryRaw => toRouteQuery(toggleCode(query.value, facet, code));
  const patched = (patch: Partial<EntryQuery>): LocationQueryRaw => toRouteQuery(patchQuery(query.value, patch));
  const cleared = (): LocationQueryRaw => toRouteQuery(clearFilters(query.value));
  const isSelected = (facet: CodeFilterKey, code: string) => query.value[facet].includes(code);

  return {
    query,
    invalidParams,
    results,
    lastShown,
    key,
    current,
    view,
    routeQuery,
    prepare,
    prepared,
    syncFromRoute,
    load,
    toggled,
    patched,
    cleared,
    isSelected,
  };
});
