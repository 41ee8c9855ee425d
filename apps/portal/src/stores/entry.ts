import { defineStore } from 'pinia';
import { reactive } from 'vue';
import { fetchEntry } from '@/api/entries';
import type { EntryDetail } from '@/api/types';
import { useEntriesStore } from './entries';
import { loadInto, type LoadState } from './loadState';
import type { LocalizedText } from '@dualcarbon/domain';

export type DetailState = LoadState<EntryDetail>;

/** Full entries by slug, cached for the session. */
export const useEntryStore = defineStore('entry', () => {
  const bySlug = reactive<Record<string, DetailState>>({});
  /** Requests under way (not state, see resources.ts). */
  const inflight = new Map<string, Promise<void>>();

  function stateOf(slug: string): DetailState {
    return bySlug[slug] ?? { status: 'idle', error: null, data: null };
  }

  async function load(slug: string, opts: { force?: boolean } = {}): Promise<void> {
    return loadInto(bySlug, inflight, slug, () => fetchEntry(slug), opts.force);
  }

  /** The title of any entry we already know about, from its detail or a list page. */
  function knownTitle(slug: string): LocalizedText | undefined {
    return bySlug[slug]?.data?.title ?? useEntriesStore().summaries[slug]?.title;
  }

  return { bySlug, stateOf, load, knownTitle };
});
