import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { isIPv4, isIPv6 } from 'node:net';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiError, AUTH_RATE_LIMITED } from '../common/errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export type AttemptOutcome = 'success' | 'failure' | 'blocked';

export class RateLimitedError extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(HttpStatus.TOO_MANY_REQUESTS, AUTH_RATE_LIMITED, `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
  }
}

/**
 * The address a per-IP limit counts against: IPv4 (also when IPv4-mapped) as is, IPv6 by its /64,
 * which one client usually holds whole and could otherwise rotate through.
 */
export function clientKey(ip: string | null): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Sliding-window limits on failed logins, per account (normalised email, known or not) and per
 * client IP, counted in PostgreSQL so every API process sees the same numbers. An attempt is
 * recorded as 'pending' before the password is checked, so a burst of parallel guesses counts in
 * full. A success forgives the account's earlier failures, never the IP's.
 */
@Injectable()
export class LoginLimiter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records the attempt and returns its id, or throws RateLimitedError (429) when a limit is reached. */
  async begin(email: string, clientIp: string | null): Promise<string> {
    const { windowMinutes, maxPerAccount, maxPerIp } = this.config.auth.login;
    const ip = clientKey(clientIp);
    const [{ id }] = await this.db.query(`INSERT INTO login_attempts (email, ip, outcome) VALUES ($1, $2, 'pending') RETURNING id::text`, [email, ip]);
    const [counts] = await this.db.query(
      `WITH w AS (SELECT now() - make_interval(mins => $3) AS since),
            forgiven AS (SELECT max(at) AS at FROM login_attempts WHERE email = $1 AND outcome = 'success' AND at > (SELECT since FROM w)),
            acc AS (
              SELECT count(*)::int AS n, min(at) AS oldest FROM login_attempts
               WHERE email = $1 AND outcome IN ('pending','failure') AND id <> $4
                 AND at > GREATEST((SELECT since FROM w), coalesce((SELECT at FROM forgiven), '-infinity'))),
            per_ip AS (
              SELECT count(*)::int AS n, min(at) AS oldest FROM login_attempts
               WHERE ip = $2 AND outcome IN ('pending','failure') AND id <> $4 AND at > (SELECT since FROM w))
       SELECT acc.n AS acc_n, extract(epoch FROM acc.oldest + make_interval(mins => $3) - now()) AS acc_retry,
              per_ip.n AS ip_n, extract(epoch FROM per_ip.oldest + make_interval(mins => $3) - now()) AS ip_retry
         FROM acc, per_ip`,
      [email, ip, windowMinutes, id],
    );
    const retry: number[] = [];
    if (counts.acc_n >= maxPerAccount) retry.push(Number(counts.acc_retry));
    if (counts.ip_n >= maxPerIp) retry.push(Number(counts.ip_retry));
    if (retry.length > 0) {
      await this.finish(id, 'blocked');
      throw new RateLimitedError(Math.max(1, Math.ceil(Math.max(...retry))));
    }
    return id;
  }

  async finish(attemptId: string, outcome: AttemptOutcome): Promise<void> {
    await this.db.query(`UPDATE login_attempts SET outcome = $2 WHERE id = $1`, [attemptId, outcome]);
  }
}
