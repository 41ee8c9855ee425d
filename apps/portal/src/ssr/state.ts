import type { StateTree } from 'pinia';
import { ApiError } from '@/api/http';
import { safeInScript } from '@/lib/head';

/** Id of the <script type="application/json"> that carries the server's pinia state (no inline script: the CSP forbids it). */
export const STATE_ELEMENT_ID = 'portal-state';

const ERROR_KEY = '__apiError';

/** A failure that is not about the page's own address (a 404, a bad query): the server or its database was away. */
const isOutage = (e: ApiError) => e.kind === 'network' || e.kind === 'bad_response' || (e.status ?? 0) >= 500;

/**
 * Stores whose state is not sent: the taxonomy terms are the same on every page and the largest state
 * by far (~34 KB); the browser reads them from /api/taxonomies (cached) before it hydrates (entry-client.ts).
 */
const NOT_SENT = new Set(['taxonomy']);

/**
 * The stores' state as JSON safe inside <script>; failed loads keep their ApiError (kind, status, code,
 * message). `outage` says whether any load failed for a reason other than the request itself.
 */
export function serializeState(state: Record<string, StateTree>): { json: string; outage: boolean } {
  const sent = Object.fromEntries(Object.entries(state).filter(([id]) => !NOT_SENT.has(id)));
  let outage = false;
  const json = JSON.stringify(sent, (_key, value: unknown) => {
    if (!(value instanceof ApiError)) return value;
    outage ||= isOutage(value);
    return { [ERROR_KEY]: { kind: value.kind, message: value.message, status: value.status, code: value.code } };
  });
  return { json: safeInScript(json), outage };
}

/** The state written by serializeState, with its ApiErrors made again. */
export function parseState(text: string): Record<string, StateTree> {
  return JSON.parse(text, (_key, value: unknown) => {
    const e = (value as { [ERROR_KEY]?: Pick<ApiError, 'kind' | 'message' | 'status' | 'code'> } | null)?.[ERROR_KEY];
    return e ? new ApiError(e.kind, e.message, e.status, e.code) : value;
  }) as Record<string, StateTree>;
}
