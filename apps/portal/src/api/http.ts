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

/** GET a JSON resource from the API. Throws ApiError, never a bare TypeError. */
export async function getJson<T>(path: string, init: { signal?: AbortSignal } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(API_BASE + path, { headers: { Accept: 'application/json' }, signal: init.signal });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('network', e instanceof Error ? e.message : 'Network request failed');
  }
  if (!res.ok) {
    const body = await readJson<ErrorBody>(res);
    const message = Array.isArray(body?.message) ? body.message.join('; ') : body?.message ?? res.statusText;
    throw new ApiError(res.status === 404 ? 'not_found' : 'http', message || `HTTP ${res.status}`, res.status, body?.code);
  }
  const data = await readJson<T>(res);
  if (data === undefined) throw new ApiError('bad_response', 'Response was not JSON', res.status);
  return data;
}

async function readJson<T>(res: Response): Promise<T | undefined> {
  try {
    return (await res.json()) as T;
  } catch {
    return undefined;
  }
}
