import type { CookieOptions, Request, Response } from 'express';
import { CSRF_COOKIE, SESSION_COOKIE } from './auth.constants';

/** Minimal Cookie header parser (first value wins; no cookie-parser dependency). */
export function readCookie(req: Pick<Request, 'headers'>, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface CookieSettings {
  secure: boolean;
  maxAgeMs: number;
}

const base = (secure: boolean): CookieOptions => ({ sameSite: 'lax', secure });

export function setSessionCookies(res: Response, token: string, csrfToken: string, s: CookieSettings) {
  res.cookie(SESSION_COOKIE, token, { ...base(s.secure), httpOnly: true, path: '/api', maxAge: s.maxAgeMs });
  setCsrfCookie(res, csrfToken, s);
}

/** Readable by the CMS's JavaScript (Path=/), which copies it into the X-CSRF-Token header. */
export function setCsrfCookie(res: Response, csrfToken: string, s: CookieSettings) {
  res.cookie(CSRF_COOKIE, csrfToken, { ...base(s.secure), httpOnly: false, path: '/', maxAge: s.maxAgeMs });
}

export function clearSessionCookies(res: Response, secure: boolean) {
  res.clearCookie(SESSION_COOKIE, { ...base(secure), httpOnly: true, path: '/api' });
  res.clearCookie(CSRF_COOKIE, { ...base(secure), path: '/' });
}
