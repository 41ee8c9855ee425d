import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, base64url (43 characters). */
export const newToken = () => randomBytes(32).toString('base64url');

export const isWellFormedToken = (s: unknown): s is string => typeof s === 'string' && /^[A-Za-z0-9_-]{43}$/.test(s);

/** Only this digest is stored: a leaked sessions table cannot be replayed. */
export const sha256 = (token: string) => createHash('sha256').update(token).digest();

/**
 * The session's CSRF token, derived from (so bound to) the session token: any API process can check
 * it without storing anything, and knowing it reveals nothing about the session token.
 */
export const csrfTokenFor = (sessionToken: string) => createHmac('sha256', sessionToken).update('dualcarbon csrf v1').digest('base64url');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
