import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { pathOf } from './public-routes';
import { isPortalPagePath } from '../portal-render/portal-pages';

interface Site {
  name: string;
  /** URL prefix: '' for the portal, '/cms' for the CMS. */
  prefix: string;
  dir: string;
}

/** Vite names files in assets/ by content hash, so they never change; everything else may. */
function cacheHeaders(res: Response, file: string) {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
  else if (/[\\/]assets[\\/]/.test(file)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else res.setHeader('Cache-Control', 'public, max-age=3600');
}

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
const within = (path: string, prefix: string) => prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
/** A last path segment with an extension asks for a file: a missing one is a 404, not the app's page. */
const looksLikeFile = (path: string) => /\.[A-Za-z0-9]{1,8}$/.test(basename(path));

/**
 * Serves the built portal at / and CMS at /cms from the same origin as the API, each with a
 * history-mode fallback to its index.html. A site whose build is missing is skipped (logged in production).
 * With `renderPortalPage`, the portal's pages (/en, /zh and below) are answered rendered on the server,
 * the plain index.html being its fallback.
 */
export function serveStaticSites(
  app: NestExpressApplication,
  config: Pick<AppConfig, 'static' | 'app'>,
  logger: Logger,
  renderPortalPage?: (req: Request, res: Response, fallback: () => void) => unknown,
) {
  const candidates: Site[] = [
    { name: 'CMS', prefix: '/cms', dir: config.static.cmsDir },
    { name: 'Portal', prefix: '', dir: config.static.portalDir },
  ];
  const sites = candidates.filter((s) => {
    const built = existsSync(join(s.dir, 'index.html'));
    if (!built && config.app.isProduction) logger.warn({ dir: s.dir }, `${s.name} is not built; run \`pnpm build\` to serve it`);
    return built;
  });
  // CMS first: its prefix is more specific than the portal's.
  // API requests skip the file look-up: a stat() per API call cost ~5% of a busy search server's CPU.
  for (const site of sites) {
    const files = express.static(site.dir, { index: false, redirect: false, setHeaders: cacheHeaders });
    app.use(site.prefix || '/', (req: Request, res: Response, next: NextFunction) => (isApi(pathOf(req.originalUrl)) ? next() : files(req, res, next)));
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req.path) || looksLikeFile(req.path)) return next();
    if (req.path === '/cms' && sites.some((s) => s.prefix === '/cms')) return res.redirect(301, '/cms/');
    const site = sites.find((s) => within(req.path, s.prefix));
    if (!site) return next();
    const sendIndex = () => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(site.dir, 'index.html'));
    };
    if (site.prefix === '' && renderPortalPage && isPortalPagePath(req.path)) return void renderPortalPage(req, res, sendIndex);
    sendIndex();
  });
  return sites.map((s) => s.name);
}
