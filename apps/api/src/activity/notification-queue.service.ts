import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logger.token';
import { MailLinks } from '../mail/mail-links';
import { MailTransport } from '../mail/mail-transport';
import { backoffMs } from '../subscriptions/send-queue.service';
import { CLAIM_MAIL, MAIL_CONTENT, MAIL_DONE, MAIL_RETRY, REQUEUE_STALE_MAIL } from './activity.queries';
import { notificationMail, type NotificationContent } from './notification-mail';

interface Claimed { id: string; attempts: number }

/**
 * Sends notification_mails: claimed in batches (FOR UPDATE SKIP LOCKED, so every API process and
 * replica may work the queue), read at send time (someone who opted out meanwhile gets nothing),
 * retried with the newsletter queue's backoff up to MAIL_MAX_ATTEMPTS. Kicked after the transaction
 * that queued mail commits, and every minute for retries and for mail queued by other processes.
 */
@Injectable()
export class NotificationQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly transport: MailTransport,
    private readonly links: MailLinks,
  ) {}

  async onApplicationBootstrap() {
    await this.db.query(REQUEUE_STALE_MAIL);
    this.timer = setInterval(() => this.kick(), 60_000);
    this.timer.unref();
    this.kick();
  }

  async onModuleDestroy() {
    this.stopped = true;
    clearInterval(this.timer);
    await this.idle();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err) => this.logger.error({ err, context: 'NotificationQueue' }, 'notification mail stopped'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** For tests and shutdown. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain() {
    while (!this.stopped) {
      const [batch] = (await this.db.query(CLAIM_MAIL, [this.config.mail.batchSize])) as [Claimed[], number];
      if (!batch.length) return;
      for (const row of batch) await this.deliver(row);
    }
  }

  private async deliver(row: Claimed) {
    const [c] = (await this.db.query(MAIL_CONTENT, [row.id])) as Array<NotificationContent & { wanted: boolean }>;
    if (!c || !c.wanted) return void (await this.db.query(MAIL_DONE, [row.id, 'skipped', 'opted out or inactive']));
    try {
      await this.transport.send(notificationMail(c, this.links.base));
      await this.db.query(MAIL_DONE, [row.id, 'sent', null]);
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      if (row.attempts >= this.config.mail.maxAttempts) return void (await this.db.query(MAIL_DONE, [row.id, 'failed', error]));
      await this.db.query(MAIL_RETRY, [row.id, error, backoffMs(row.attempts, this.config.mail.retryBaseMs) / 1000]);
    }
  }
}
