import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { redactUrl } from './redact-url';

/** What the client asked for, with tokens and other secret-looking query values redacted (see redact-url.ts). */
const urlOf = (req: IncomingMessage) => redactUrl((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '');

const SAFE_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * One line per request: id, method, url (secrets redacted), status, ms. A caller's X-Request-Id is kept when it looks
 * harmless (so a proxy's id threads through), otherwise a fresh one is made; either way it is echoed back.
 */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    // Routing rewrites req.url (the /api prefix is stripped); originalUrl is what the client asked for.
    customSuccessMessage: (req, res, ms) => `${req.method} ${urlOf(req)} ${res.statusCode} ${Math.round(ms)}ms`,
    customErrorMessage: (req, res) => `${req.method} ${urlOf(req)} ${res.statusCode}`,
    customAttributeKeys: { responseTime: 'ms' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
}
