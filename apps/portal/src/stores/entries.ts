import { defineStore } from 'pinia';
import { reactive } from 'vue';
import { fetchEntries } from '@/api/entries';
import { ApiError } from '@/api/http';
import type { EntrySummary, Page } from '@/api/types';
import { loadInto, type LoadState } from './loadState';

export type ListState = LoadState<Page<EntrySummary>>;

export const DEFAULT_PAGE_SIZE = 20;

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
    const fetchPage = async () => {
      const data = await fetchEntries(page, pageSize);
      if (!data || !Array.isArray(data.items)) throw new ApiError('bad_response', 'Entry list without items');
      for (const s of data.items) summaries[s.slug] = s;
      return data;
    };
    return loadInto(pages, inflight, keyOf(page, pageSize), fetchPage, opts.force);
  }

  function clear() {
    for (const k of Object.keys(pages)) delete pages[k];
  }

  return { pages, summaries, stateOf, loadPage, clear };
});
