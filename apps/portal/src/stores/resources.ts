import { defineStore } from 'pinia';
import { reactive } from 'vue';
import type { ApiError } from '@/api/http';
import { toApiError, type LoadStatus } from './entries';

export interface ResourceState<T> {
  status: LoadStatus;
  error: ApiError | null;
  data: T | null;
}

const IDLE: ResourceState<never> = Object.freeze({ status: 'idle', error: null, data: null }) as ResourceState<never>;

/**
 * Read-only API resources (statistics, regions, targets, metrics, newsletters) cached by path for the
 * session. One request per path at a time; a failed one is retried only when asked.
 */
export const useResourceStore = defineStore('resources', () => {
  const items = reactive<Record<string, ResourceState<unknown>>>({});
  /** Requests under way (not state: a page rendered on the server hands over answers, never promises). */
  const inflight = new Map<string, Promise<void>>();

  function stateOf<T>(key: string): ResourceState<T> {
    return (items[key] as ResourceState<T> | undefined) ?? IDLE;
  }

  async function load<T>(key: string, fetcher: () => Promise<T>, opts: { force?: boolean } = {}): Promise<void> {
    const existing = items[key];
    const running = inflight.get(key);
    if (!opts.force && (existing?.status === 'ready' || running)) return running;
    items[key] = { status: 'loading', error: null, data: existing?.data ?? null };
    const request: Promise<void> = (async () => {
      try {
        const data = await fetcher();
        items[key] = { status: 'ready', error: null, data };
      } catch (e) {
        items[key] = { status: 'error', error: toApiError(e), data: null };
      }
    })().finally(() => {
      if (inflight.get(key) === request) inflight.delete(key);
    });
    inflight.set(key, request);
    return request;
  }

  return { items, stateOf, load };
});
