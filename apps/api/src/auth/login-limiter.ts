import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { clientKey } from '../common/client-key';
import { ApiError, AUTH_RATE_LIMITED } from '../common/errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export type AttemptOutcome = 'success' | 'failure' | 'blocked';

export class RateLimitedError extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(HttpStatus.TOO_MANY_REQUESTS, AUTH_RATE_LIMITED, `Too many failed sign-ins. Try again in ${waitText(retryAfterSeconds)}.`);
  }
}

const waitText = (s: number) => (s < 60 ? `${s} second${s === 1 ? '' : 's'}` : `${Math.ceil(s / 60)} minute(s)`);

/**
 * How long an account's next attempt waits after `failures` failed ones: nothing up to `free`, then
 * 1 s, doubling with each further failure, capped at `max` seconds.
 */
export function accountDelaySeconds(failures: number, free: number, max: number): number {
  return failures < free ? 0 : Math.min(2 ** Math.min(failures - free, 30), max);
}

/**
 * Limits on failed logins, counted in PostgreSQL so every API process sees the same numbers. An attempt
 * is recorded as 'pending' before the password is checked, so a burst of parallel guesses counts in full.
 *
 * - Per account (normalised email, known or not): after `maxPerAccount` failures since its last success
 *   (within a day) each further attempt waits `accountDelaySeconds` after the latest failure. A delay,
 *   not a lock: guessing slows to a few tries an hour while the owner can still get in.
 * - Per client IP: `maxPerIp` failures in `windowMinutes`.
 * - A trusted device (a browser holding the account's device cookie, see device-cookie.ts) is held back
 *   by neither, so nobody can lock an editor out by guessing; only by its own failures (`maxPerAccount`
 *   in the window), after which it waits like anyone else.
 *
 * A success forgives the account's earlier failures, never the IP's.
 */
@Injectable()
export class LoginLimiter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records the attempt and returns its id, or throws RateLimitedError (429) when it must wait. */
  async begin(email: string, clientIp: string | null, device: string | null = null): Promise<string> {
    const { windowMinutes, maxPerAccount, maxDelaySeconds, maxPerIp } = this.config.auth.login;
    const ip = clientKey(clientIp);
    const [{ id }] = await this.db.query(`INSERT INTO login_attempts (email, ip, device, outcome) VALUES ($1, $2, $3, 'pending') RETURNING id::text`, [
      email,
      ip,
      device,
    ]);
    const [c] = await this.db.query(
      `WITH failed AS (SELECT * FROM login_attempts WHERE outcome IN ('pending','failure') AND id <> $4),
            forgiven AS (SELECT max(at) AS at FROM login_attempts WHERE email = $1 AND outcome = 'success'),
            acc AS (
              SELECT count(*)::int AS n, extract(epoch FROM now() - max(at)) AS since FROM failed
               WHERE email = $1 AND at > GREATEST(now() - interval '1 day', coalesce((SELECT at FROM forgiven), '-infinity'))),
            per_ip AS (
              SELECT count(*)::int AS n, extract(epoch FROM min(at) + make_interval(mins => $3) - now()) AS retry FROM failed
               WHERE ip = $2 AND at > now() - make_interval(mins => $3)),
            dev AS (SELECT count(*)::int AS n FROM failed WHERE device = $5 AND at > now() - make_interval(mins => $3))
       SELECT acc.n AS acc_n, acc.since AS acc_since, per_ip.n AS ip_n, per_ip.retry AS ip_retry, dev.n AS dev_n FROM acc, per_ip, dev`,
      [email, ip, windowMinutes, id, device],
    );
    const trusted = device !== null && c.dev_n < maxPerAccount;
    const retry: number[] = [];
    if (!trusted) {
      const wait = accountDelaySeconds(c.acc_n, maxPerAccount, maxDelaySeconds) - Number(c.acc_since ?? Infinity);
      if (wait > 0) retry.push(wait);
      if (c.ip_n >= maxPerIp) retry.push(Number(c.ip_retry));
    }
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
