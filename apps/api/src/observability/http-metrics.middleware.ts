import type { NextFunction, Request, Response } from 'express';
import type { MetricsService } from './metrics.service';

/**
 * Times every request, from arrival to the last byte of its response, and records it under its
 * route template once routing is over. Mounted right after the request logger (app.factory.ts), so
 * answers that other middleware gives early (304s, CORS refusals, body-limit errors) are counted too.
 * A request whose client went away before the response finished is not recorded.
 */
export function httpMetrics(metrics: MetricsService) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.recordRequest(req, res.statusCode, seconds);
    });
    next();
  };
}
