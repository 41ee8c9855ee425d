/** What went wrong with a request, in terms the UI can explain. */
export type ApiErrorKind = 'network' | 'not_found' | 'http' | 'bad_response';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    /** Machine-readable code from the API body, e.g. `entry/not_found`. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  statusCode?: number;
  code?: string;
  message?: string | string[];
}

const API_BASE = '/api';

/** The part of a fetch `Response` the portal reads: a status and a JSON body. */
export interface ApiAnswer {
  readonly status: number;
  readonly ok: boolean;
  readonly statusText: string;
  json(): Promise<unknown>;
}

/**
 * How a public GET reaches the API: `path` is below /api (`/entries/x?lang=zh`). In the browser, fetch;
 * when the portal is rendered inside the API process, a transport that calls the API's services directly
 * and answers with the same JSON (apps/api/src/portal-render/).
 */
export type ApiTransport = (path: string, init: { signal?: AbortSignal }) => Promise<ApiAnswer>;

const fetchTransport: ApiTransport = (path, init) => fetch(API_BASE + path, { headers: { Accept: 'application/json' }, signal: init.signal });

let transport: ApiTransport = fetchTransport;

/** Replaces fetch for every later request (the server renderer's; one per process, it holds no request state). */
export function setApiTransport(next: ApiTransport): void {
  transport = next;
}

/** GET a JSON resource from the API. Throws ApiError, never a bare TypeError. */
export async function getJson<T>(path: string, init: { signal?: AbortSignal } = {}): Promise<T> {
  let res: ApiAnswer;
  try {
    res = await transport(path, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('network', e instanceof Error ? e.message : 'Network request failed');
  }
  if (!res.ok) {
    const body = await readJson<ErrorBody>(res);
    const message = Array.isArray(body?.message) ? body.message.join('; ') : (body?.message ?? res.statusText);
    throw new ApiError(res.status === 404 ? 'not_found' : 'http', message || `HTTP ${res.status}`, res.status, body?.code);
  }
  const data = await readJson<T>(res);
  if (data === undefined) throw new ApiError('bad_response', 'Response was not JSON', res.status);
  return data;
}

async function readJson<T>(res: ApiAnswer): Promise<T | undefined> {
  try {
    return (await res.json()) as T;
  } catch {
    return undefined;
  }
}
