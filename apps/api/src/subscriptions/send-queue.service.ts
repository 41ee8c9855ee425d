import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RenderableEntry, NewsletterIssue, RenderLang } from '@dualcarbon/domain';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logger.token';
import { MailLinks } from '../mail/mail-links';
import { MailTokens } from '../mail/mail-tokens';
import { MailTransport } from '../mail/mail-transport';
import { PublicNewslettersService } from '../newsletters/public-newsletters.service';
import { issueMail } from './issue-mail';

interface Claimed { id: string; issue: number; subscriber_id: string; attempts: number }
type Content = { issue: NewsletterIssue; entries: Map<string, RenderableEntry> } | null;

/** Delay before the next try after `attempts` failed ones: base · 2^(attempts−1), at most an hour. */
export const backoffMs = (attempts: number, baseMs: number) => Math.min(3_600_000, baseMs * 2 ** Math.max(0, attempts - 1));

/** A row left in 'sending' this long ago belongs to a process that died: it is tried again. */
const STALE_SENDING_MINUTES = 10;

/**
 * Works through newsletter_sends in batches: claims due rows (FOR UPDATE SKIP LOCKED, so several
 * processes can share the work), mails each confirmed subscriber the published issue in their
 * language, and records the outcome. A failure is retried with exponential backoff until
 * MAIL_MAX_ATTEMPTS; a subscriber who left meanwhile is skipped. Delivery is at least once: a
 * process killed between handing a message over and recording it may send it again on restart.
 */
@Injectable()
export class SendQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly transport: MailTransport,
    private readonly tokens: MailTokens,
    private readonly links: MailLinks,
    private readonly newsletters: PublicNewslettersService,
  ) {}

  async onApplicationBootstrap() {
    await this.db.query(
      `UPDATE newsletter_sends SET status = 'queued', updated_at = now() WHERE status = 'sending' AND updated_at < now() - make_interval(mins => $1)`,
      [STALE_SENDING_MINUTES],
    );
    const [due] = await this.db.query(`SELECT 1 FROM newsletter_sends WHERE status = 'queued' LIMIT 1`);
    if (due) this.kick();
  }

  async onModuleDestroy() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Starts working through due rows unless already at it (then it looks again when done). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .catch((err) => this.logger.error({ err, context: 'SendQueue' }, 'newsletter delivery stopped'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** For tests and shutdown: resolves when the current run is over. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain() {
    const content = new Map<number, Promise<Content>>();
    while (!this.stopped) {
      const [batch]: [Claimed[], number] = await this.db.query(
        `UPDATE newsletter_sends SET status = 'sending', attempts = attempts + 1, updated_at = now()
          WHERE id IN (SELECT id FROM newsletter_sends WHERE status = 'queued' AND next_attempt_at <= now()
                        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id::text, issue, subscriber_id, attempts`,
        [this.config.mail.batchSize],
      );
      if (!batch.length) break;
      for (const row of batch) await this.deliver(row, content);
    }
    await this.scheduleRetry();
  }

  private contentOf(issue: number, cache: Map<number, Promise<Content>>): Promise<Content> {
    if (!cache.has(issue)) cache.set(issue, this.newsletters.renderable(issue).catch(() => null));
    return cache.get(issue)!;
  }

  private async deliver(row: Claimed, cache: Map<number, Promise<Content>>) {
    const [sub] = await this.db.query(`SELECT id, email::text AS email, lang, status FROM subscribers WHERE id = $1`, [row.subscriber_id]);
    if (!sub || sub.status !== 'confirmed') return this.finish(row.id, 'skipped', 'unsubscribed');
    const content = await this.contentOf(row.issue, cache);
    if (!content) return this.finish(row.id, 'skipped', 'the issue is no longer published');
    try {
      const unsubscribeUrl = this.links.unsubscribe(this.tokens.sign('unsubscribe', sub.id));
      const mail = issueMail(content.issue, content.entries, { email: sub.email, lang: sub.lang as RenderLang }, this.links.base, unsubscribeUrl);
      const sent = await this.transport.send(mail);
      await this.db.query(
        `UPDATE newsletter_sends SET status = 'sent', sent_at = now(), message_id = $2, error = NULL, updated_at = now() WHERE id = $1`,
        [row.id, sent.messageId || null],
      );
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      if (row.attempts >= this.config.mail.maxAttempts) return this.finish(row.id, 'failed', error);
      await this.db.query(
        `UPDATE newsletter_sends SET status = 'queued', error = $2, next_attempt_at = now() + make_interval(secs => $3), updated_at = now() WHERE id = $1`,
        [row.id, error, backoffMs(row.attempts, this.config.mail.retryBaseMs) / 1000],
      );
    }
  }

  private async finish(id: string, status: 'skipped' | 'failed', error: string) {
    await this.db.query(`UPDATE newsletter_sends SET status = $2, error = $3, updated_at = now() WHERE id = $1`, [id, status, error]);
  }

  /** Wakes up when the earliest retry is due. */
  private async scheduleRetry() {
    if (this.stopped) return;
    const [{ wait }] = await this.db.query(
      `SELECT extract(epoch FROM min(next_attempt_at) - now()) * 1000 AS wait FROM newsletter_sends WHERE status = 'queued'`,
    );
    if (wait === null) return;
    this.timer = setTimeout(() => this.kick(), Math.max(0, Math.ceil(Number(wait))) + 5);
    this.timer.unref();
  }
}
