import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { clientKey } from '../common/client-key';
import { ApiError, SUBSCRIPTION_RATE_LIMITED } from '../common/errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export class SubscribeRateLimited extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      SUBSCRIPTION_RATE_LIMITED,
      `Too many subscription requests from this address. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    );
  }
}

/**
 * At most SUBSCRIBE_MAX_PER_IP subscription requests per client (IPv6 by /64) in a sliding window of
 * SUBSCRIBE_WINDOW_MINUTES, counted in PostgreSQL so every API process sees the same numbers. Every
 * request counts, whatever the address: the limit says nothing about who is subscribed.
 */
@Injectable()
export class SubscribeLimiter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async hit(clientIp: string | null): Promise<void> {
    const { windowMinutes, maxPerIp } = this.config.mail.subscribe;
    const ip = clientKey(clientIp);
    await this.db.transaction(async (m) => {
      // One client at a time, so a burst of parallel requests cannot all slip under the limit.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('subscribe:' || $1))`, [ip]);
      const [{ n, retry }] = await m.query(
        `SELECT count(*)::int AS n, extract(epoch FROM min(at) + make_interval(mins => $2) - now()) AS retry
           FROM subscription_requests WHERE ip = $1 AND at > now() - make_interval(mins => $2)`,
        [ip, windowMinutes],
      );
      if (n >= maxPerIp) throw new SubscribeRateLimited(Math.max(1, Math.ceil(Number(retry) || 60)));
      await m.query(`INSERT INTO subscription_requests (ip) VALUES ($1)`, [ip]);
      // Old rows are of no use to the window; drop them now and then.
      if (Math.random() < 0.05) await m.query(`DELETE FROM subscription_requests WHERE at < now() - interval '2 days'`);
    });
  }
}
