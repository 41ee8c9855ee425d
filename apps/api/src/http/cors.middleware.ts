import { HttpStatus, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CORS_REFUSED, type ErrorBody } from '../common/errors';
import { classifyPath, isReadMethod, pathOf } from './public-routes';

/** Request headers a cross-origin reader may send (beyond the CORS-safelisted ones). */
const ALLOWED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'if-none-match', 'if-modified-since', 'cache-control', 'x-request-id'];
/** Response headers scripts on other origins may read. */
const EXPOSED_HEADERS = 'ETag, Last-Modified, Content-Disposition, X-Request-Id';

/**
 * CORS for public data: any origin may GET/HEAD the public API (`Access-Control-Allow-Origin: *`,
 * no credentials). Everything else, editorial and auth routes included, gets no CORS headers, and
 * its preflights are answered 403, so browsers keep other origins out of writes and the CMS.
 */
@Injectable()
export class CorsMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction) {
    const kind = classifyPath(pathOf(req.originalUrl));
    if (kind === 'other') return next();
    const open = kind !== 'editorial';
    const preflightMethod = req.method === 'OPTIONS' ? req.headers['access-control-request-method'] : undefined;
    if (preflightMethod) {
      const headers = String(req.headers['access-control-request-headers'] ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      if (open && isReadMethod(preflightMethod.toUpperCase()) && headers.every((h) => ALLOWED_REQUEST_HEADERS.includes(h))) {
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
        if (headers.length) res.setHeader('Access-Control-Allow-Headers', headers.join(', '));
        res.setHeader('Access-Control-Max-Age', '600');
        res.setHeader('Cache-Control', 'no-store');
        res.status(HttpStatus.NO_CONTENT).end();
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      res.status(HttpStatus.FORBIDDEN).json({
        statusCode: HttpStatus.FORBIDDEN,
        code: CORS_REFUSED,
        message: 'Cross-origin requests may only read (GET, HEAD) the public API',
      } satisfies ErrorBody);
      return;
    }
    if (open && isReadMethod(req.method)) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    next();
  }
}
