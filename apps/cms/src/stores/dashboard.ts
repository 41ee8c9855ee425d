import { defineStore } from 'pinia';
import { fetchDashboard, listEntries, type EntryListQuery } from '@/api/editor';
import type { DashboardData, EntryListItem, Paged } from '@/api/types';
import { useRemote } from '@/composables/useRemote';

/** The dashboard's buckets and the entry search (which also backs the relation picker). */
export const useDashboardStore = defineStore('dashboard', () => {
  const { data, status, error, load: readDashboard } = useRemote<DashboardData | null>(null);
  const { data: results, status: resultsStatus, error: resultsError, load: readResults } = useRemote<Paged<EntryListItem> | null>(null);

  const load = () => readDashboard(fetchDashboard, { refresh: !!data.value });

  /** Searches every entry the user may see; only the latest search's answer is kept. */
  const search = (query: EntryListQuery) => readResults(() => listEntries(query));

  /** A quick look-up for pickers, outside the page's result list. */
  async function lookup(q: string, pageSize = 8): Promise<EntryListItem[]> {
    if (!q.trim()) return [];
    return (await listEntries({ q: q.trim(), pageSize })).items;
  }

  return { data, status, error, results, resultsStatus, resultsError, load, search, lookup };
});
