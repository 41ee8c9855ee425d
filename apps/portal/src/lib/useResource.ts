import { computed, watch, type ComputedRef } from 'vue';
import { useResourceStore, type ResourceState } from '@/stores/resources';
import { onServerData } from '@/ssr/context';

export interface Resource<T> {
  state: ComputedRef<ResourceState<T>>;
  retry: () => void;
  /** Resolves once the current key's answer (or error) is in: at once when it already is. */
  settled: () => Promise<void>;
}

/**
 * A cached API resource for a component: `key` is the API path (null: nothing to load yet), `fetcher`
 * reads and checks the answer. Loads when the key changes; `retry` forces a new request.
 */
export function useResource<T>(key: () => string | null, fetcher: (key: string) => Promise<T>): Resource<T> {
  const store = useResourceStore();
  const state = computed(() => {
    const k = key();
    return k ? store.stateOf<T>(k) : ({ status: 'idle', error: null, data: null } as ResourceState<T>);
  });
  watch(key, (k) => k && void store.load(k, () => fetcher(k)), { immediate: true });
  // On the server the page waits for its answer; a key that depends on another resource (the targets
  // page's default year on the metrics list) may change once that one arrives, so follow it.
  onServerData(async () => {
    const seen = new Set<string>();
    for (let k = key(); k && !seen.has(k); k = key()) {
      seen.add(k);
      await store.load(k, () => fetcher(k!));
    }
  });
  return {
    state,
    settled: async () => {
      const k = key();
      if (k) await store.load(k, () => fetcher(k));
    },
    retry: () => {
      const k = key();
      if (k) void store.load(k, () => fetcher(k), { force: true });
    },
  };
}
