/**
 * Which caching and CORS rules a request path falls under.
 * - `editorial`: the CMS's routes (/api/editor, /api/auth, /api/admin) and the operators' (/api/observability,
 *   Prometheus metrics): never cached, never cross-origin.
 * - `live`: public but never cached (health, API docs).
 * - `public`: every other route under /api: public data, cacheable and readable cross-origin.
 * - `other`: outside /api (portal, CMS assets), left alone.
 */
export type RouteClass = 'public' | 'editorial' | 'live' | 'other';

const EDITORIAL_PREFIXES = ['/api/editor', '/api/auth', '/api/admin'];
/** Operators only: the same rules as editorial routes (no-store, no CORS, preflights refused). */
const OPERATOR_PREFIXES = ['/api/observability'];
const LIVE_PREFIXES = ['/api/health', '/api/docs', '/api/docs-json', '/api/docs-yaml'];

/** `path` is `prefix` or below it. */
export const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** The path of a request URL, without query string, lower-cased (Express routes are case-insensitive). */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return (q < 0 ? url : url.slice(0, q)).toLowerCase();
}

export function classifyPath(path: string): RouteClass {
  if (!under(path, '/api')) return 'other';
  if (EDITORIAL_PREFIXES.some((p) => under(path, p)) || OPERATOR_PREFIXES.some((p) => under(path, p))) return 'editorial';
  if (LIVE_PREFIXES.some((p) => under(path, p))) return 'live';
  return 'public';
}

export const isReadMethod = (method: string) => method === 'GET' || method === 'HEAD';
