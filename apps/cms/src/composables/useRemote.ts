import { ref, type Ref } from 'vue';
import { asApiError, type ApiError } from '@/api/http';

export type RemoteStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * A value a store reads from the API, with its status and error. Only the answer to the latest `load` counts:
 * a search typed further overtakes the one before it. `refresh` keeps the status 'ready' while what is already
 * shown is read again, so the page does not blank out to a loading line.
 */
export function useRemote<T>(initial: T) {
  const data = ref(initial) as Ref<T>;
  const status = ref<RemoteStatus>('idle');
  const error = ref<ApiError | null>(null);
  let seq = 0;

  async function load(fetch: () => Promise<T>, { refresh = false } = {}) {
    const mine = ++seq;
    status.value = refresh ? 'ready' : 'loading';
    error.value = null;
    try {
      const result = await fetch();
      if (mine !== seq) return;
      data.value = result;
      status.value = 'ready';
    } catch (e) {
      if (mine !== seq) return;
      error.value = asApiError(e);
      status.value = 'error';
    }
  }

  return { data, status, error, load };
}
