import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { ROUTE_NOT_FOUND, type ErrorBody } from './common/errors';
import { HttpExceptionFilter, toErrorBody } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import { bodyLimits } from './http/body-limits';
import { compressWholeAnswers } from './http/compress-whole-answers';
import { publicDataVersion, ROUTES_TAKING_SEEN_VERSION } from './http/public-data-version';
import { ROOT_ROUTES } from './http/public-routes';
import { responseCache } from './http/response-cache';
import { securityHeaders } from './http/security';
import { serveStaticSites } from './http/static-sites';
import { setupSwagger } from './http/swagger';
import { createPortalDataSource } from './portal-render/portal-data-source';
import { renderPortalPages } from './portal-render/portal-pages';
import { loadPortalRenderer } from './portal-render/portal-renderer';
import { httpLogger } from './logging/http-logger';
import { PinoNestLogger } from './logging/nest-logger';
import { httpMetrics } from './observability/http-metrics.middleware';
import { MetricsService } from './observability/metrics.service';
import { API_VERSION } from './version';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

/**
 * Builds the whole HTTP application (without listening): middleware, API under /api, docs, and
 * the built portal and CMS. main.ts and the integration tests both start from here.
 */
export async function createApp({ config, databaseUrl, logger }: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, logger }), {
    logger: new PinoNestLogger(logger),
    // Our own parsers, with size and depth limits (src/http/body-limits.ts).
    bodyParser: false,
  });
  app.disable('x-powered-by');
  app.use(httpLogger(logger));
  app.use(httpMetrics(app.get(MetricsService)));
  app.use(securityHeaders(config.app.publicUrl));
  // Before compression, so that replayed answers are the compressed bytes (see response-cache.ts).
  app.use(responseCache({ version: publicDataVersion(app), startBeforeVersion: ROUTES_TAKING_SEEN_VERSION }));
  app.use(compression());
  app.use(compressWholeAnswers());
  app.use(bodyLimits());
  // Crawlers look for these at the site's root: the only API routes outside /api (see public-routes.ts).
  app.setGlobalPrefix('api', { exclude: [...ROOT_ROUTES] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter(logger));
  setupSwagger(app, API_VERSION);
  // The portal's pages rendered here, from the same services as the API routes (src/portal-render).
  const portalRenderer = await loadPortalRenderer(config.static, createPortalDataSource(app));
  if (!portalRenderer && config.app.isProduction)
    logger.warn({ dir: config.static.portalSsrDir }, 'Portal server build missing: pages are rendered in the browser only');
  serveStaticSites(app, config, logger, portalRenderer ? renderPortalPages(portalRenderer, config.app.publicUrl, logger) : undefined);
  await app.init();
  // Nest's own not-found handler covers /api; anything else nobody served (a missing asset) gets the same JSON 404.
  app.use((req: Request, res: Response) => {
    res.status(404).json({ statusCode: 404, code: ROUTE_NOT_FOUND, message: `Cannot ${req.method} ${req.path}` } satisfies ErrorBody);
  });
  // Nest's error handler is also mounted under /api only: errors from middleware on other paths
  // (malformed JSON, bad URI encoding) would otherwise get Express's HTML error page.
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const body = toErrorBody(err);
    if (body.statusCode >= 500) logger.error({ err }, 'unhandled middleware error');
    res.status(body.statusCode).json(body);
  });
  return app;
}
