/**
 * Which caching and CORS rules a request path falls under.
 * - `editorial`: the CMS's routes (/api/editor, /api/auth, /api/admin) and the operators' (/api/observability,
 *   Prometheus metrics): never cached, never cross-origin.
 * - `live`: public but never cached (health, API docs).
 * - `public`: every other route under /api: public data, cacheable and readable cross-origin.
 * - `other`: outside /api (portal, CMS assets), left alone.
 * The sitemap and robots.txt are public API routes at the site's root (ROOT_ROUTES).
 */
export type RouteClass = 'public' | 'editorial' | 'live' | 'other';

const EDITORIAL_PREFIXES = ['/api/editor', '/api/auth', '/api/admin'];
/** Operators only: the same rules as editorial routes (no-store, no CORS, preflights refused). */
const OPERATOR_PREFIXES = ['/api/observability'];
const LIVE_PREFIXES = ['/api/health', '/api/docs', '/api/docs-json', '/api/docs-yaml'];
/** Routes of the API served outside /api, where crawlers look for them (Nest paths, without the leading slash). */
export const ROOT_ROUTES = ['sitemap.xml', 'sitemaps/:file', 'robots.txt'] as const;
/** The paths ROOT_ROUTES answer: public data, cached like the rest. */
export const ROOT_PUBLIC_PATHS = ['/sitemap.xml', '/sitemaps', '/robots.txt'];

/** `path` is `prefix` or below it. */
export const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** The path of a request URL, without query string, lower-cased (Express routes are case-insensitive). */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return (q < 0 ? url : url.slice(0, q)).toLowerCase();
}

export function classifyPath(path: string): RouteClass {
  if (!under(path, '/api')) return ROOT_PUBLIC_PATHS.some((p) => under(path, p)) ? 'public' : 'other';
  if (EDITORIAL_PREFIXES.some((p) => under(path, p)) || OPERATOR_PREFIXES.some((p) => under(path, p))) return 'editorial';
  if (LIVE_PREFIXES.some((p) => under(path, p))) return 'live';
  return 'public';
}

export const isReadMethod = (method: string) => method === 'GET' || method === 'HEAD';
