import { Catch, HttpException, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { isDatabaseUnavailable } from './database-unavailable';
import { ApiError, DATABASE_RETRY_AFTER_S, DATABASE_UNAVAILABLE, INTERNAL_ERROR, REQUEST_INVALID, ROUTE_NOT_FOUND, type ErrorBody } from './errors';
import { zodErrorToRequestError } from './validation';

/** Codes for errors raised by Nest or Express rather than by our own code. */
function codeForStatus(status: number): string {
  if (status === HttpStatus.NOT_FOUND) return ROUTE_NOT_FOUND;
  if (status >= 400 && status < 500) return REQUEST_INVALID;
  return INTERNAL_ERROR;
}

/** Errors thrown by middleware (body parser, URI decoding) carry an HTTP status of their own. */
function clientStatusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const status = (err as { status?: unknown; statusCode?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Turns anything thrown into `{statusCode, code, message, issues?}`; only genuine faults become 500. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof ZodError) return toErrorBody(zodErrorToRequestError(exception));
  if (exception instanceof ApiError) return exception.getResponse() as ErrorBody;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const res = exception.getResponse();
    const raw = typeof res === 'string' ? res : (res as { message?: unknown }).message;
    const message = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : exception.message;
    return { statusCode: status, code: codeForStatus(status), message };
  }
  if (isDatabaseUnavailable(exception)) {
    return { statusCode: 503, code: DATABASE_UNAVAILABLE, message: 'The database is unavailable; try again shortly' };
  }
  if (isUnstorableText(exception)) {
    return { statusCode: 400, code: REQUEST_INVALID, message: 'The request holds text PostgreSQL cannot store (a NUL byte or an invalid character)' };
  }
  const clientStatus = clientStatusOf(exception);
  if (clientStatus) {
    const message = exception instanceof Error && (exception as { expose?: boolean }).expose !== false ? exception.message : 'Bad request';
    return { statusCode: clientStatus, code: codeForStatus(clientStatus), message };
  }
  return { statusCode: 500, code: INTERNAL_ERROR, message: 'Internal server error' };
}

/**
 * PostgreSQL refuses some text outright: a NUL byte (22021) or a character the encoding lacks (22P05).
 * Only a client's input carries such text into a statement, so it is the client's error, never a 500.
 */
function isUnstorableText(err: unknown): boolean {
  const code =
    (err as { code?: unknown; driverError?: { code?: unknown } } | null)?.code ?? (err as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return code === '22021' || code === '22P05';
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(exception);
    if (body.code === DATABASE_UNAVAILABLE) this.logger.warn({ err: exception }, 'database unavailable');
    else if (body.statusCode >= 500) this.logger.error({ err: exception }, 'unhandled error');
    if (res.headersSent) return;
    if (body.code === DATABASE_UNAVAILABLE) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
    // An error is JSON even from a route that declared another type (@Header is set before the handler runs).
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.status(body.statusCode).json(body);
  }
}
