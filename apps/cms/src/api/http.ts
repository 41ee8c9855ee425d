/**
 * The one way the CMS talks to the API: same-origin JSON, the session cookie, the CSRF header on
 * every state-changing request, and errors as ApiError (`{statusCode, code, message, issues?}` from the API).
 */

/** A validation problem as the API reports it (the domain's ValidationIssue). */
export interface ApiIssue {
  path: (string | number)[];
  code?: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown = null,
    readonly issues: ApiIssue[] = [],
    /** Seconds to wait before retrying (429). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get offline(): boolean {
    return this.status === 0;
  }
}

/** Any failure as an ApiError (a network or code failure becomes an "unknown" one), for the error states to show. */
export const asApiError = (e: unknown): ApiError => (e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e)));

/** Over https the API names it `__Host-dc_csrf` (a sibling subdomain cannot plant that one), over http `dc_csrf`. */
export const CSRF_COOKIES = ['__Host-dc_csrf', 'dc_csrf'] as const;
export const CSRF_HEADER = 'X-CSRF-Token';

let csrfToken: string | null = null;
let onUnauthenticated: ((error: ApiError) => void) | null = null;

/** The token the session endpoint gave; the `dc_csrf` cookie wins when it is readable. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called once for every 401 outside sign-in: the session has expired or was ended elsewhere. */
export function setUnauthenticatedHandler(fn: ((error: ApiError) => void) | null): void {
  onUnauthenticated = fn;
}

export function readCookie(name: string, cookies: string = typeof document === 'undefined' ? '' : document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

/** The CSRF cookie's value, the `__Host-` one first: a planted unprefixed cookie never wins over it. */
export function csrfFromCookies(cookies?: string): string | null {
  for (const name of CSRF_COOKIES) {
    const value = readCookie(name, cookies);
    if (value) return value;
  }
  return null;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined | readonly string[]>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** The browser's HTTP cache mode; 'no-cache' revalidates a cached answer with the server before using it. */
  cache?: RequestCache;
  /** Let the request outlive the page (a goodbye sent while the tab closes). */
  keepalive?: boolean;
  /** Sign-in and the session probe handle 401 themselves. */
  allowUnauthenticated?: boolean;
}

export function buildQuery(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => params.append(k, String(x)));
    else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

function messageOf(body: unknown, fallback: string): string {
  if (body && typeof body === 'object' && 'message' in body) {
    const m = (body as { message: unknown }).message;
    if (Array.isArray(m)) return m.join(' ');
    if (typeof m === 'string' && m) return m;
  }
  return fallback;
}

function issuesOf(body: unknown): ApiIssue[] {
  const raw = body && typeof body === 'object' ? (body as { issues?: unknown }).issues : undefined;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((i): i is Record<string, unknown> => !!i && typeof i === 'object')
    .map((i) => ({
      path: Array.isArray(i.path)
        ? (i.path as (string | number)[])
        : typeof i.path === 'string'
          ? i.path
              .split('.')
              .filter(Boolean)
              .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
          : [],
      code: typeof i.code === 'string' ? i.code : undefined,
      message: typeof i.message === 'string' ? i.message : String(i.message ?? ''),
    }));
}

/** Sends a request to /api and returns the parsed JSON (undefined for an empty answer). */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? (opts.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET') Object.assign(headers, csrfHeaders());
  let res: Response;
  try {
    res = await fetch(`/api${path}${buildQuery(opts.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
      cache: opts.cache,
      keepalive: opts.keepalive,
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError(0, 'network/unreachable', 'The server could not be reached');
  }
  const text = res.status === 204 ? '' : await res.text().catch(() => '');
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (res.ok) {
    if (text && parsed === undefined) throw new ApiError(res.status, 'response/not_json', 'The server sent an unexpected answer');
    return parsed as T;
  }
  const error = errorOf(res.status, res.statusText, parsed, res.headers.get('Retry-After'));
  if (res.status === 401 && !opts.allowUnauthenticated) onUnauthenticated?.(error);
  throw error;
}

/** The CSRF header every state-changing request carries. */
export function csrfHeaders(): Record<string, string> {
  const token = csrfFromCookies() ?? csrfToken;
  return token ? { [CSRF_HEADER]: token } : {};
}

/** An error answer as ApiError: the API's code, message and issues, else the HTTP status. */
function errorOf(status: number, statusText: string, parsed: unknown, retryAfter: string | null): ApiError {
  const code =
    parsed && typeof parsed === 'object' && typeof (parsed as { code?: unknown }).code === 'string' ? (parsed as { code: string }).code : `http/${status}`;
  const retry = Number(retryAfter);
  return new ApiError(
    status,
    code,
    messageOf(parsed, statusText || `HTTP ${status}`),
    parsed ?? null,
    issuesOf(parsed),
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}

const parseJson = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * POSTs a form with a file and reports how much of it has gone out (fetch cannot tell): `onProgress`
 * gets 0–1. Same answers and errors as `request`.
 */
export function upload<T>(path: string, form: FormData, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const parsed = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        if (xhr.responseText && parsed === undefined) return reject(new ApiError(xhr.status, 'response/not_json', 'The server sent an unexpected answer'));
        return resolve(parsed as T);
      }
      const error = errorOf(xhr.status, xhr.statusText, parsed, xhr.getResponseHeader('Retry-After'));
      if (xhr.status === 401) onUnauthenticated?.(error);
      reject(error);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network/unreachable', 'The server could not be reached'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

export const get = <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) => request<T>(path, { query, signal });
export const post = <T>(path: string, body?: unknown, opts: Omit<RequestOptions, 'method' | 'body'> = {}) =>
  request<T>(path, { ...opts, method: 'POST', body: body ?? {} });
export const put = <T>(path: string, body: unknown, opts: Omit<RequestOptions, 'method' | 'body'> = {}) => request<T>(path, { ...opts, method: 'PUT', body });
export const patch = <T>(path: string, body: unknown, opts: Omit<RequestOptions, 'method' | 'body'> = {}) =>
  request<T>(path, { ...opts, method: 'PATCH', body });
export const del = <T>(path: string, opts: Omit<RequestOptions, 'method'> = {}) => request<T>(path, { ...opts, method: 'DELETE' });
