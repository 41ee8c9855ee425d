import { ApiError } from '@/api/http';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A cached answer as the stores keep it: where its request stands, its error, its data. */
export interface LoadState<T> {
  status: LoadStatus;
  error: ApiError | null;
  data: T | null;
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('bad_response', e instanceof Error ? e.message : String(e));
}

/**
 * Loads one answer into a store's state by key, once: a ready answer, or a request under way, is not
 * asked for again unless `force`. While it loads the previous data stays (a forced reload does not flash
 * empty); a failure is kept as an `ApiError`. `inflight` holds the requests under way: not state, since
 * a page rendered on the server hands over answers, never promises.
 */
export async function loadInto<T>(
  states: Record<string, LoadState<T>>,
  inflight: Map<string, Promise<void>>,
  key: string,
  fetcher: () => Promise<T>,
  force = false,
): Promise<void> {
  const existing = states[key];
  const running = inflight.get(key);
  if (!force && (existing?.status === 'ready' || running)) return running;
  states[key] = { status: 'loading', error: null, data: existing?.data ?? null };
  const request: Promise<void> = (async () => {
    try {
      const data = await fetcher();
      states[key] = { status: 'ready', error: null, data };
    } catch (e) {
      states[key] = { status: 'error', error: toApiError(e), data: null };
    }
  })().finally(() => {
    if (inflight.get(key) === request) inflight.delete(key);
  });
  inflight.set(key, request);
  return request;
}
