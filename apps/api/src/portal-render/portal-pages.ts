import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { DATABASE_RETRY_AFTER_S } from '../common/errors';
import type { PortalRenderer } from './portal-renderer';

/** The portal's pages: everything under /en and /zh (a path without a language is the browser's to resolve). */
export const PORTAL_PAGE_PREFIXES = ['/en', '/zh'];

export const isPortalPagePath = (path: string) => PORTAL_PAGE_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));

/**
 * Cache-Control of a rendered page: kept by the shared answer cache (which keeps only `public` 200s,
 * under the public data version) and by browsers, which ask again every time (`no-cache`) and get a
 * 304 while the page's ETag holds.
 */
export const RENDERED_PAGE_CACHE_CONTROL = 'public, no-cache';

/**
 * Answers a portal page with its HTML rendered on the server: 200, 404 for a page that does not exist
 * (an unknown entry, region or issue, or path), 503 when the data behind it could not be read. Should
 * rendering itself fail, `fallback` serves the page the browser renders (and the error is logged).
 */
export function renderPortalPages(renderer: PortalRenderer, publicUrl: string | undefined, logger: Logger) {
  return async (req: Request, res: Response, fallback: NextFunction) => {
    // The canonical and shared links are built on PUBLIC_URL; without it, on the address the reader used.
    const origin = publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    let page;
    try {
      page = await renderer.render(req.originalUrl, origin);
    } catch (err) {
      logger.error({ err, url: req.originalUrl }, 'portal page could not be rendered; sending the client-rendered page');
      return fallback();
    }
    res.status(page.status);
    res.type('html');
    if (page.status === 503) {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
    } else res.setHeader('Cache-Control', page.private || page.status !== 200 ? 'no-store' : RENDERED_PAGE_CACHE_CONTROL);
    res.send(page.html);
  };
}
