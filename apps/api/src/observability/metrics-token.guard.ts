import { HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { ApiError, METRICS_UNAUTHORIZED } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether an Authorization header carries this bearer token (compared in constant time). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer +(\S+) *$/i.exec(header ?? '')?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

/** With METRICS_TOKEN set, the metrics need `Authorization: Bearer <token>` (401 otherwise); unset, they are open. */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const token = this.config.observability.metricsToken;
    if (!token) return true;
    const http = context.switchToHttp();
    if (bearerMatches(http.getRequest<Request>().headers.authorization, token)) return true;
    http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    throw new ApiError(HttpStatus.UNAUTHORIZED, METRICS_UNAUTHORIZED, 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>');
  }
}
