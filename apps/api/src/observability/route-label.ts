/** Label of an /api request no route handled: a 404, or a wrong method. */
export const UNMATCHED = 'unmatched';
/** Label of everything outside /api: the portal, the CMS and their assets. */
export const STATIC = 'static';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const HANDLER_METHODS = new Set(METHODS.map((m) => m.toLowerCase()));

/** The method, or `OTHER` for anything unusual, so a client cannot mint label values. */
export function methodLabel(method: string | undefined): string {
  const m = (method ?? '').toUpperCase();
  return METHODS.includes(m) ? m : 'OTHER';
}

/** Status code as a label; anything outside 100–599 (a response never written) is `0`. */
export function statusLabel(status: number): string {
  return Number.isInteger(status) && status >= 100 && status <= 599 ? String(status) : '0';
}

/** What Express keeps of a route (a layer's `route`, and `req.route` once one has run). */
export interface ExpressRoute {
  path?: unknown;
  methods?: Record<string, boolean | undefined>;
}

/**
 * A route that handles a request, as opposed to middleware mounted as a route: Nest mounts its
 * middleware (CORS, caching) and its not-found handler with `app.all('/api/{*path}')`, which makes
 * `req.route` point at them when nothing else ran. Handlers have a plain template and a few methods.
 */
export function handlerTemplate(route: ExpressRoute | undefined): string | undefined {
  const path = route?.path;
  if (typeof path !== 'string' || /[*{}()?+!]/.test(path)) return undefined;
  const methods = Object.keys(route?.methods ?? {});
  if (methods.length === 0 || !methods.every((m) => HANDLER_METHODS.has(m))) return undefined;
  return path;
}

interface Compiled {
  template: string;
  methods: Set<string>;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `/api/newsletters/:number.md` → /^\/api\/newsletters\/[^/]+?\.md\/?$/i, as Express matches it (case-insensitive, optional trailing slash). */
function compile(template: string): RegExp {
  const source = template
    .split(/(:[A-Za-z_$][\w$]*)/)
    .map((part, i) => (i % 2 ? '[^/]+?' : escape(part)))
    .join('');
  return new RegExp(`^${source.replace(/\/$/, '')}\\/?$`, 'i');
}
/** First segment after /api: `/api/entries/:slug` → `entries`; a parameter there → `*`. */
function bucketOf(path: string): string {
  const segment = path.split('/')[2] ?? '';
  return segment.startsWith(':') ? '*' : segment.toLowerCase();
}

/**
 * The app's route templates, to name requests answered before routing: a 304 or a CORS preflight
 * from middleware, a replay from a response cache. Matched like Express: case-insensitive, in registration order
 * (templates with a parameter right after /api, of which there are none today, come last).
 */
export class RouteTemplates {
  private readonly buckets = new Map<string, Compiled[]>();
  private readonly anyFirstSegment: Compiled[] = [];

  constructor(routes: Iterable<ExpressRoute>) {
    for (const route of routes) {
      const template = handlerTemplate(route);
      if (!template) continue;
      const compiled = { template, methods: new Set(Object.keys(route.methods ?? {})), pattern: compile(template) };
      const key = bucketOf(template);
      if (key === '*') this.anyFirstSegment.push(compiled);
      else this.buckets.set(key, [...(this.buckets.get(key) ?? []), compiled]);
    }
  }

  /** The template of the route that would serve `method path` (HEAD as GET; OPTIONS, a preflight, as any method). */
  match(method: string, path: string): string | undefined {
    const m = method.toLowerCase();
    const bucket = this.buckets.get(bucketOf(path)) ?? [];
    const candidates = this.anyFirstSegment.length ? [...bucket, ...this.anyFirstSegment] : bucket;
    for (const route of candidates) {
      const methodOk = route.methods.has(m) || (m === 'head' && route.methods.has('get')) || m === 'options';
      if (methodOk && route.pattern.test(path)) return route.template;
    }
    return undefined;
  }
}

export interface LabelledRequest {
  method: string;
  originalUrl?: string;
  url?: string;
  baseUrl?: string;
  route?: ExpressRoute;
}

const pathname = (url: string) => url.split(/[?#]/, 1)[0];
const underApi = (path: string) => /^\/api(?:\/|$)/i.test(path);

/**
 * The route template a request was served by (`/api/entries/:slug`), never the URL it asked for:
 * raw paths would give every slug, id and scanner probe a time series of its own. Known only once
 * routing is over, so call it when the response has finished: `req.route` with its base path when a
 * handler ran, else the template the path would have matched (answered early by middleware), else
 * `unmatched` under /api and `static` outside it.
 */
export function routeLabel(req: LabelledRequest, templates?: RouteTemplates): string {
  const handled = handlerTemplate(req.route);
  if (handled !== undefined) {
    const template = `${req.baseUrl ?? ''}${handled}`.replace(/(.)\/+$/, '$1');
    return template || '/';
  }
  const path = pathname(req.originalUrl ?? req.url ?? '');
  if (!underApi(path)) return STATIC;
  return templates?.match(req.method, path) ?? UNMATCHED;
}
