import type { CookieOptions, Request, Response } from 'express';
import { CSRF_COOKIE, DEVICE_COOKIE, SESSION_COOKIE } from './auth.constants';

/** A device cookie lasts a year from the last sign-in (each one renews it). */
const DEVICE_MAX_AGE_MS = 365 * 24 * 3_600_000;

/** Minimal Cookie header parser (first value wins; no cookie-parser dependency). */
export function readCookie(req: Pick<Request, 'headers'>, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The session and CSRF cookies. Over https (PUBLIC_URL https://…) they are named `__Host-dc_session`
 * and `__Host-dc_csrf`: browsers only accept such a cookie with Secure, Path=/ and no Domain, so a
 * sibling subdomain cannot plant one (a session of its choosing, or a CSRF value it knows), and the
 * unprefixed names are not read at all. Over plain http (development) the names are unprefixed and the
 * session cookie is scoped to /api.
 */
export class AuthCookies {
  readonly session: string;
  readonly csrf: string;
  readonly device: string;

  constructor(
    private readonly secure: boolean,
    private readonly maxAgeMs: number,
  ) {
    const prefix = secure ? '__Host-' : '';
    this.session = `${prefix}${SESSION_COOKIE}`;
    this.csrf = `${prefix}${CSRF_COOKIE}`;
    this.device = `${prefix}${DEVICE_COOKIE}`;
  }

  private options(httpOnly: boolean, path: string, sameSite: 'lax' | 'strict' = 'lax'): CookieOptions {
    return { sameSite, secure: this.secure, httpOnly, path };
  }

  /** `__Host-` requires Path=/; over http only the API reads the session. */
  private get sessionPath() {
    return this.secure ? '/' : '/api';
  }

  readSession(req: Pick<Request, 'headers'>): string | undefined {
    return readCookie(req, this.session);
  }

  readCsrf(req: Pick<Request, 'headers'>): string | undefined {
    return readCookie(req, this.csrf);
  }

  readDevice(req: Pick<Request, 'headers'>): string | undefined {
    return readCookie(req, this.device);
  }

  /** Only sign-in reads it (over http Path=/api/auth); strict, as sign-in is always same-site. Kept at sign-out. */
  setDevice(res: Response, value: string) {
    res.cookie(this.device, value, { ...this.options(true, this.secure ? '/' : '/api/auth', 'strict'), maxAge: DEVICE_MAX_AGE_MS });
  }

  setSession(res: Response, token: string, csrfToken: string) {
    res.cookie(this.session, token, { ...this.options(true, this.sessionPath), maxAge: this.maxAgeMs });
    this.setCsrf(res, csrfToken);
  }

  /** Readable by the CMS's JavaScript (Path=/), which copies it into the X-CSRF-Token header. */
  setCsrf(res: Response, csrfToken: string) {
    res.cookie(this.csrf, csrfToken, { ...this.options(false, '/'), maxAge: this.maxAgeMs });
  }

  clear(res: Response) {
    res.clearCookie(this.session, this.options(true, this.sessionPath));
    res.clearCookie(this.csrf, this.options(false, '/'));
  }
}
