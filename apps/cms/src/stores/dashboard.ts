import { defineStore } from 'pinia';
import { ref } from 'vue';
import { fetchDashboard, listEntries, type EntryListQuery } from '@/api/editor';
import { ApiError } from '@/api/http';
import type { DashboardData, EntryListItem, Paged } from '@/api/types';

/** The dashboard's buckets and the entry search (which also backs the relation picker). */
export const useDashboardStore = defineStore('dashboard', () => {
  const data = ref<DashboardData | null>(null);
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ApiError | null>(null);

  const results = ref<Paged<EntryListItem> | null>(null);
  const resultsStatus = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const resultsError = ref<ApiError | null>(null);
  let searchSeq = 0;

  async function load() {
    status.value = data.value ? 'ready' : 'loading';
    error.value = null;
    try {
      data.value = await fetchDashboard();
      status.value = 'ready';
    } catch (e) {
      error.value = e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e));
      status.value = 'error';
    }
  }

  /** Searches every entry the user may see; only the latest search's answer is kept. */
  async function search(query: EntryListQuery) {
    const seq = ++searchSeq;
    resultsStatus.value = 'loading';
    resultsError.value = null;
    try {
      const page = await listEntries(query);
      if (seq !== searchSeq) return;
      results.value = page;
      resultsStatus.value = 'ready';
    } catch (e) {
      if (seq !== searchSeq) return;
      resultsError.value = e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e));
      resultsStatus.value = 'error';
    }
  }

  /** A quick look-up for pickers, outside the page's result list. */
  async function lookup(q: string, pageSize = 8): Promise<EntryListItem[]> {
    if (!q.trim()) return [];
    return (await listEntries({ q: q.trim(), pageSize })).items;
  }

  return { data, status, error, results, resultsStatus, resultsError, load, search, lookup };
});
