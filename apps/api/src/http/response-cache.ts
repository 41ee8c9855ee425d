import type { NextFunction, Request, Response } from 'express';
import type { ServerResponse } from 'node:http';
import { isReadMethod, pathOf, ROOT_PUBLIC_PATHS, under } from './public-routes';
import { PORTAL_PAGE_PREFIXES } from '../portal-render/portal-pages';

/**
 * Routes whose GET answers depend only on the URL, a few request headers and public data: the public API
 * routes, the sitemap and robots.txt, and the portal's pages rendered on the server from them (src/portal-render).
 */
const CACHEABLE_PREFIXES = [
  '/api/entries',
  '/api/regions',
  '/api/targets',
  '/api/metrics',
  '/api/stats',
  '/api/feeds',
  '/api/newsletters',
  '/api/taxonomies',
  ...ROOT_PUBLIC_PATHS,
  ...PORTAL_PAGE_PREFIXES,
];
/** Request headers a cached answer may depend on: negotiation, and the origin used in self links. */
const KEY_HEADERS = ['accept', 'accept-encoding', 'accept-language', 'host', 'x-forwarded-host', 'x-forwarded-proto'];
/** Response headers that belong to one exchange, never replayed. */
const PER_EXCHANGE = new Set(['x-cache', 'x-request-id', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'set-cookie', 'content-length']);

export interface ResponseCacheOptions {
  /** The public data version for a request; a cached answer is replayed only under the version it was made at. */
  version: (req: Request) => { read(): Promise<string>; settled(): Promise<string> };
  /** Bytes kept in all (least recently used go first). */
  maxBytes?: number;
  /** Larger answers are never kept. */
  maxEntryBytes?: number;
  /** Answers kept at most (bounds the keys' memory when answers are tiny). */
  maxEntries?: number;
  /**
   * Paths whose routes make their answer at exactly the version `version` holds for the request (see
   * EntriesVersionSeen): when such a URL has no answer kept, the route starts at once, without waiting
   * for a version read, and the answer is kept under the version it settles on.
   */
  startBeforeVersion?: string[];
}

interface Stored {
  version: string;
  status: number;
  headers: [string, string | number | string[]][];
  body: Buffer;
}

export function isCacheableRequest(req: Request): boolean {
  if (!isReadMethod(req.method) || req.headers.authorization || req.headers.cookie?.includes('dc_session=')) return false;
  const path = pathOf(req.originalUrl);
  return CACHEABLE_PREFIXES.some((p) => under(path, p));
}

function keyOf(req: Request): string {
  let key = req.originalUrl;
  for (const h of KEY_HEADERS) key += `\n${req.headers[h] ?? ''}`;
  return key;
}

/** Collects the bytes a response puts on the wire (after compression, which wraps write/end later). */
function capture(res: ServerResponse, limit: number, done: (body: Buffer | null) => void) {
  const write = res.write;
  const end = res.end;
  let chunks: Buffer[] | null = [];
  let size = 0;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (!chunks || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buf = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding)
        : null;
    if (!buf || (size += buf.length) > limit) chunks = null;
    else chunks.push(buf);
  };
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    done(chunks ? Buffer.concat(chunks, size) : null);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
}

/**
 * A shared cache of whole public answers, in front of the API's routes (and of compression, so the
 * compressed bytes are kept per Accept-Encoding). An answer is replayed only while the public data
 * version it was made at is current: the search snapshot's version, exact for entries, together with
 * the HTTP layer's data version (regions, taxonomies, newsletters). Only 200s marked `public` are kept,
 * so errors, drafts, editorial and authenticated answers never are. Conditional requests get their 304.
 * `X-Cache: hit|miss` tells which it was (as CDNs do).
 */
export function responseCache(options: ResponseCacheOptions) {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 1024 * 1024;
  const maxEntries = options.maxEntries ?? 20_000;
  const entries = new Map<string, Stored>();
  let bytes = 0;

  const remove = (key: string) => {
    const old = entries.get(key);
    if (old) {
      bytes -= old.body.length;
      entries.delete(key);
    }
  };
  const store = (key: string, value: Stored) => {
    remove(key);
    if (value.body.length > maxEntryBytes) return;
    while ((bytes + value.body.length > maxBytes || entries.size >= maxEntries) && entries.size) remove(entries.keys().next().value!);
    entries.set(key, value);
    bytes += value.body.length;
  };

  /** Keeps the answer the route is about to send, under `version`, if it turns out a public 200. */
  const keepAnswer = (res: Response, key: string, version: Promise<string>) => {
    version.catch(() => undefined); // the database may be away: the route answers 503, nothing is kept
    capture(res, maxEntryBytes, (body) => {
      const cacheControl = String(res.getHeader('cache-control') ?? '');
      if (!body || res.statusCode !== 200 || !/\bpublic\b/.test(cacheControl) || res.getHeader('set-cookie')) return;
      const headers = Object.entries(res.getHeaders()).filter(([name, value]) => value !== undefined && !PER_EXCHANGE.has(name)) as Stored['headers'];
      version.then(
        (v) => store(key, { version: v, status: res.statusCode, headers, body }),
        () => undefined,
      );
    });
  };

  const middleware = async (req: Request, res: Response, next: NextFunction) => {
    if (!isCacheableRequest(req)) return next();
    const key = keyOf(req);
    if (req.method === 'GET' && !entries.has(key) && options.startBeforeVersion?.includes(pathOf(req.originalUrl))) {
      // Nothing kept for this URL: certainly a miss, so the route starts at once and takes the version itself.
      res.setHeader('X-Cache', 'miss');
      keepAnswer(res, key, options.version(req).settled());
      return next();
    }
    let version: string;
    try {
      version = await options.version(req).read();
    } catch {
      return next(); // The database is away: the route answers (503) as without a cache.
    }
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      entries.delete(key);
      entries.set(key, hit); // most recently used last
      res.statusCode = hit.status;
      res.setHeader('X-Cache', 'hit');
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      if (req.fresh) {
        for (const h of ['content-type', 'content-length', 'content-encoding']) res.removeHeader(h);
        res.statusCode = 304;
        res.end();
        return;
      }
      res.setHeader('Content-Length', hit.body.length);
      res.end(req.method === 'HEAD' ? undefined : hit.body);
      return;
    }
    res.setHeader('X-Cache', 'miss');
    if (req.method !== 'GET') return next();
    keepAnswer(res, key, Promise.resolve(version));
    next();
  };
  return Object.assign(middleware, { stats: () => ({ entries: entries.size, bytes }) });
}
