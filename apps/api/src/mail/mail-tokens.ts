import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a signed link does: confirm a subscription, or end it. */
export type TokenPurpose = 'confirm' | 'unsubscribe';

export interface TokenClaims {
  purpose: TokenPurpose;
  /** Subscriber id (never the address: links must not reveal who subscribed). */
  subscriber: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at (seconds); unsubscribe links never expire, as RFC 8058 links in old mail must keep working. */
  exp?: number;
  /** What the link was made for, e.g. the subscriber's generation: a later unsubscription outdates a confirm link. */
  gen?: number;
}

const PURPOSE_CODE: Record<TokenPurpose, string> = { confirm: 'c', unsubscribe: 'u' };
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/**
 * The HMAC key: MAIL_SECRET, or one generated on first use and kept in `$DATA_DIR/mail-secret`
 * (mode 600), so links stay valid across restarts. Production with SMTP requires MAIL_SECRET (config).
 */
export function loadOrCreateSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'mail-secret');
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (saved.length >= 32) return saved;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/** `v1.<payload>.<hmac>`: base64url JSON claims, HMAC-SHA256 over "v1.<payload>". */
export class MailTokens {
  private key?: string;

  constructor(private readonly secret: () => string) {}

  private hmac(data: string): Buffer {
    this.key ??= this.secret();
    return createHmac('sha256', this.key).update(data).digest();
  }

  sign(purpose: TokenPurpose, subscriber: string, opts: { ttlSeconds?: number; gen?: number } = {}, now = Date.now()): string {
    const iat = Math.floor(now / 1000);
    const { ttlSeconds, gen } = opts;
    const payload = b64(
      JSON.stringify({
        p: PURPOSE_CODE[purpose],
        s: subscriber,
        i: iat,
        ...(ttlSeconds ? { e: iat + ttlSeconds } : {}),
        ...(gen !== undefined ? { g: gen } : {}),
      }),
    );
    return `v1.${payload}.${b64(this.hmac(`v1.${payload}`))}`;
  }

  /** The claims of a genuine, unexpired token for this purpose; null for anything else. */
  verify(token: string | undefined, purpose: TokenPurpose, now = Date.now()): TokenClaims | null {
    const m = typeof token === 'string' ? token.match(/^v1\.([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/) : null;
    if (!m) return null;
    const given = Buffer.from(m[2], 'base64url');
    const want = this.hmac(`v1.${m[1]}`);
    if (given.length !== want.length || !timingSafeEqual(given, want)) return null;
    let c: { p?: unknown; s?: unknown; i?: unknown; e?: unknown; g?: unknown };
    try {
      c = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (c.p !== PURPOSE_CODE[purpose] || typeof c.s !== 'string' || typeof c.i !== 'number') return null;
    if (typeof c.e === 'number' && c.e * 1000 < now) return null;
    return { purpose, subscriber: c.s, iat: c.i, ...(typeof c.e === 'number' ? { exp: c.e } : {}), ...(typeof c.g === 'number' ? { gen: c.g } : {}) };
  }
}
