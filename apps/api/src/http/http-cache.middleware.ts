import { Injectable, type NestMiddleware } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { DataVersionService } from './data-version.service';
import { classifyPath, isReadMethod, pathOf } from './public-routes';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
export const PRIVATE_CACHE_CONTROL = 'no-store';

/** Weak validator from a hash of the exact body sent: equal bodies, equal tags, whatever the encoding. */
export function weakEtag(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
}

/** If-Modified-Since says the client's copy is current (RFC 9110 §13.1.3; ignored with If-None-Match or no-cache). */
export function notModifiedSince(req: Request, lastModified: Date): boolean {
  const since = req.headers['if-modified-since'];
  if (!since || req.headers['if-none-match'] || /(?:^|,)\s*no-cache\s*(?:,|$)/.test(req.headers['cache-control'] ?? '')) return false;
  const t = Date.parse(since);
  return !Number.isNaN(t) && lastModified.getTime() <= t;
}

/** Runs `fn` just before the status line and headers are written (what `on-headers` does). */
function beforeHeaders(res: ServerResponse, fn: () => void) {
  const writeHead = res.writeHead;
  let done = false;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (!done) {
      done = true;
      if (typeof args[0] === 'number') this.statusCode = args[0];
      fn();
    }
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

/**
 * HTTP caching for the API. Public GET/HEAD routes get `Cache-Control: public, max-age=60,
 * stale-while-revalidate=300`, `Last-Modified` from the data version, and a weak `ETag` over the
 * body; a request whose If-None-Match or If-Modified-Since still holds gets 304 with no body (for
 * If-Modified-Since before the handler runs, so even an export costs nothing). Errors and responses
 * that set cookies are `no-store`, as is anything editorial, authenticated, or not a read; a route
 * that marks itself `no-store` or `private` loses the validators too.
 */
@Injectable()
export class HttpCacheMiddleware implements NestMiddleware {
  constructor(private readonly version: DataVersionService) {}

  async use(req: Request, res: Response, next: NextFunction) {
    const kind = classifyPath(pathOf(req.originalUrl));
    if (kind === 'other') return next();
    if (kind !== 'public' || !isReadMethod(req.method) || req.headers.authorization) {
      if (kind !== 'live' || !isReadMethod(req.method)) res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
      return next();
    }
    let lastModified: Date;
    try {
      ({ lastModified } = await this.version.get());
    } catch {
      return next(); // The database is down: let the route answer (and fail) without validators.
    }
    res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    res.setHeader('Last-Modified', lastModified.toUTCString());
    beforeHeaders(res, () => {
      const status = res.statusCode;
      const own = String(res.getHeader('Cache-Control') ?? '');
      if ((status >= 300 && status !== 304) || res.getHeader('Set-Cookie') || /no-store|private/.test(own)) {
        res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
        res.removeHeader('Last-Modified');
        res.removeHeader('ETag');
      }
    });
    // Express's send() checks req.fresh (If-None-Match, If-Modified-Since) against these headers and
    // turns a fresh response into a bodiless 304; it keeps an ETag that is already set.
    const send = res.send;
    res.send = function (this: Response, body?: unknown) {
      if (this.statusCode >= 200 && this.statusCode < 300 && !this.getHeader('ETag') && (typeof body === 'string' || Buffer.isBuffer(body))) {
        this.setHeader('ETag', weakEtag(body));
      }
      return send.call(this, body);
    } as Response['send'];
    if (notModifiedSince(req, lastModified)) {
      res.status(304).end();
      return;
    }
    next();
  }
}
