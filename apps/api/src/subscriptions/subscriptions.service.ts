import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiError, SUBSCRIPTION_INVALID_TOKEN } from '../common/errors';
import { MailTokens, type TokenClaims, type TokenPurpose } from '../mail/mail-tokens';
import { ConfirmationMails } from './confirmation-mails';
import { SubscribeLimiter } from './subscribe-limiter';
import type { SubscribeBody } from './subscription.schemas';
import { sendQueries, subscriberQueries, type SubscriberLang as Lang } from './subscriptions.queries';

export interface TokenOutcome {
  status: 'confirmed' | 'unsubscribed';
  lang: Lang;
}
/** Where the subscriber an unsubscribe link was made for stands now (read, never written). */
export interface SubscriberState {
  status: 'pending' | 'confirmed' | 'unsubscribed';
  lang: Lang;
}

/** A pending address gets at most one confirmation mail in this many minutes, however often it is entered. */
const RESEND_MINUTES = 5;

export const SUBSCRIBE_MESSAGE = 'Thank you. If this address can receive our briefings, a message with a confirmation link is on its way.';

export const invalidToken = () =>
  new ApiError(HttpStatus.BAD_REQUEST, SUBSCRIPTION_INVALID_TOKEN, 'This link is not valid or has expired: subscribe again to get a new one');

/**
 * Double opt-in subscriptions. Subscribing answers the same for every address (new, pending,
 * confirmed or unsubscribed), and the confirmation mail goes out after the answer, so neither the
 * body nor the timing tells whether an address is subscribed.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly limiter: SubscribeLimiter,
    private readonly tokens: MailTokens,
    private readonly confirmations: ConfirmationMails,
  ) {}

  async subscribe(body: SubscribeBody, ip: string | null): Promise<{ status: 'pending'; message: string }> {
    await this.limiter.hit(ip);
    const row = await subscriberQueries.subscribe(this.db, body.email, body.lang, RESEND_MINUTES);
    if (row.status === 'pending' && row.due) {
      await subscriberQueries.confirmationSent(this.db, row.id);
      this.confirmations.send(body.email, row.id, row.lang, row.generation);
    }
    return { status: 'pending', message: SUBSCRIBE_MESSAGE };
  }

  /** Confirms the address the link was made for; a link made before a later unsubscription no longer counts. */
  async confirm(token: string): Promise<TokenOutcome> {
    const claims = this.claims(token, 'confirm');
    const row = await subscriberQueries.confirm(this.db, claims.subscriber, claims.gen ?? -1);
    if (row) return { status: 'confirmed', lang: row.lang };
    const current = await subscriberQueries.state(this.db, claims.subscriber);
    if (current?.status === 'confirmed') return { status: 'confirmed', lang: current.lang };
    throw invalidToken();
  }

  /** Ends the subscription (idempotent); mail still queued for the address is skipped. */
  async unsubscribe(token: string): Promise<TokenOutcome> {
    const claims = this.claims(token, 'unsubscribe');
    return this.db.transaction(async (m) => {
      const row = await subscriberQueries.unsubscribe(m, claims.subscriber);
      await sendQueries.skipQueuedFor(m, claims.subscriber);
      return { status: 'unsubscribed', lang: row?.lang ?? 'en' };
    });
  }

  /**
   * Checks an unsubscribe link without acting on it: the subscriber's language and current status.
   * It only reads, so a GET of the link (mail scanners fetch every link) changes nothing.
   */
  async inspect(token: string): Promise<SubscriberState> {
    const claims = this.claims(token, 'unsubscribe');
    const row = await subscriberQueries.state(this.db, claims.subscriber);
    // A subscriber row that is gone receives nothing, as unsubscribe() treats it.
    return row ? { status: row.status, lang: row.lang } : { status: 'unsubscribed', lang: 'en' };
  }

  /** The one place signed links are verified: their claims, or 400 subscription/invalid_token. */
  private claims(token: string, purpose: TokenPurpose): TokenClaims {
    const claims = this.tokens.verify(token, purpose);
    if (!claims) throw invalidToken();
    return claims;
  }
}
