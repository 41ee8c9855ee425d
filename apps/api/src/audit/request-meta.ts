import type { Request } from 'express';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Where a request came from, for the audit log. `req.ip` honours TRUST_PROXY (Express's
 * `trust proxy`, set by AuthModule): by default X-Forwarded-For is ignored and this is the socket address.
 */
export function requestMeta(req: Pick<Request, 'ip' | 'headers'> & { socket?: { remoteAddress?: string } }): RequestMeta {
  const ip = req.ip ?? req.socket?.remoteAddress ?? null;
  const ua = req.headers['user-agent'];
  return { ip: ip || null, userAgent: typeof ua === 'string' && ua ? ua.slice(0, 512) : null };
}
