import { defineStore } from 'pinia';
import { reactive } from 'vue';
import { loadInto, type LoadState } from './loadState';

export type ResourceState<T> = LoadState<T>;

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
    return loadInto(items as Record<string, ResourceState<T>>, inflight, key, fetcher, opts.force);
  }

  return { items, stateOf, load };
});
