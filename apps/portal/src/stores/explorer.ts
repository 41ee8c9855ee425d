import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { searchEntries, type SearchResult } from '@/api/search';
import type { ApiError } from '@/api/http';
import {
  clearFilters, emptyQuery, parseRouteQuery, patchQuery, searchParams, toggleCode, toRouteQuery, type CodeFilterKey, type EntryQuery,
} from '@/lib/explorerQuery';
import { toApiError, useEntriesStore, type LoadStatus } from './entries';
import { useTaxonomyStore } from './taxonomy';

export interface SearchState {
  status: LoadStatus;
  error: ApiError | null;
  data: SearchResult | null;
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
   * Adopts the URL's query, its codes checked against the taxonomy store's vocabulary (the page waits for
   * the live terms first, so a code an admin added is not dropped). Returns true when it changed.
   */
  function syncFromRoute(routeQuery: LocationQuery | LocationQueryRaw): boolean {
    const parsed = parseRouteQuery(routeQuery, useTaxonomyStore().vocabulary);
    invalidParams.value = parsed.invalid;
    const changed = searchParams(parsed.query).toString() !== key.value;
    if (changed) query.value = parsed.query;
    return changed;
  }

  async function load(opts: { force?: boolean } = {}): Promise<void> {
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
        results[k] = { status: 'error', error: toApiError(e), data: null };
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

  return { query, invalidParams, results, lastShown, key, current, view, routeQuery, syncFromRoute, load, toggled, patched, cleared, isSelected };
});
