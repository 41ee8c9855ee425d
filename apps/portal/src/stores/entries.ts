import { defineStore } from 'pinia';
import { reactive } from 'vue';
import { fetchEntries } from '@/api/entries';
import { ApiError } from '@/api/http';
import type { EntrySummary, Page } from '@/api/types';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ListState {
  status: LoadStatus;
  error: ApiError | null;
  data: Page<EntrySummary> | null;
}

export const DEFAULT_PAGE_SIZE = 20;

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('bad_response', e instanceof Error ? e.message : String(e));
}

const keyOf = (page: number, pageSize: number) => `${pageSize}:${page}`;

/** Pages of the entry list, cached per page and page size for the session. */
export const useEntriesStore = defineStore('entries', () => {
  const pages = reactive<Record<string, ListState>>({});
  /** Every summary seen so far, by slug (used e.g. to title relation links without a request). */
  const summaries = reactive<Record<string, EntrySummary>>({});
  /** Requests under way (not state, see resources.ts). */
  const inflight = new Map<string, Promise<void>>();

  function stateOf(page: number, pageSize = DEFAULT_PAGE_SIZE): ListState {
    return pages[keyOf(page, pageSize)] ?? { status: 'idle', error: null, data: null };
  }

  async function loadPage(page: number, pageSize = DEFAULT_PAGE_SIZE, opts: { force?: boolean } = {}): Promise<void> {
    const key = keyOf(page, pageSize);
    const existing = pages[key];
    const running = inflight.get(key);
    if (!opts.force && (existing?.status === 'ready' || running)) return running;
    // Keep the previous data on a forced reload so the list does not flash empty.
    pages[key] = { status: 'loading', error: null, data: existing?.data ?? null };
    const request: Promise<void> = (async () => {
      try {
        const data = await fetchEntries(page, pageSize);
        if (!data || !Array.isArray(data.items)) throw new ApiError('bad_response', 'Entry list without items');
        for (const s of data.items) summaries[s.slug] = s;
        pages[key] = { status: 'ready', error: null, data };
      } catch (e) {
        pages[key] = { status: 'error', error: toApiError(e), data: null };
      }
    })().finally(() => {
      if (inflight.get(key) === request) inflight.delete(key);
    });
    inflight.set(key, request);
    return request;
  }

  function clear() {
    for (const k of Object.keys(pages)) delete pages[k];
  }

  return { pages, summaries, stateOf, loadPage, clear };
});
