import { defineStore } from 'pinia';
import { reactive } from 'vue';
import { fetchEntry } from '@/api/entries';
import type { EntryDetail } from '@/api/types';
import { toApiError, useEntriesStore, type LoadStatus } from './entries';
import type { ApiError } from '@/api/http';
import type { LocalizedText } from '@dualcarbon/domain';

export interface DetailState {
  status: LoadStatus;
  error: ApiError | null;
  data: EntryDetail | null;
}

/** Full entries by slug, cached for the session. */
export const useEntryStore = defineStore('entry', () => {
  const bySlug = reactive<Record<string, DetailState>>({});
  /** Requests under way (not state, see resources.ts). */
  const inflight = new Map<string, Promise<void>>();

  function stateOf(slug: string): DetailState {
    return bySlug[slug] ?? { status: 'idle', error: null, data: null };
  }

  async function load(slug: string, opts: { force?: boolean } = {}): Promise<void> {
    const existing = bySlug[slug];
    const running = inflight.get(slug);
    if (!opts.force && (existing?.status === 'ready' || running)) return running;
    bySlug[slug] = { status: 'loading', error: null, data: existing?.data ?? null };
    const request: Promise<void> = (async () => {
      try {
        const data = await fetchEntry(slug);
        bySlug[slug] = { status: 'ready', error: null, data };
      } catch (e) {
        bySlug[slug] = { status: 'error', error: toApiError(e), data: null };
      }
    })().finally(() => {
      if (inflight.get(slug) === request) inflight.delete(slug);
    });
    inflight.set(slug, request);
    return request;
  }

  /** The title of any entry we already know about, from its detail or a list page. */
  function knownTitle(slug: string): LocalizedText | undefined {
    return bySlug[slug]?.data?.title ?? useEntriesStore().summaries[slug]?.title;
  }

  return { bySlug, stateOf, load, knownTitle };
});
