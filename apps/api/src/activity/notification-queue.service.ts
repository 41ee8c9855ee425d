import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailLinks } from '../mail/mail-links';
import { MailTransport } from '../mail/mail-transport';
import { DrainingQueue } from '../mail/retrying-queue';
import { notificationMailQueries, type ClaimedMail } from './activity.queries';
import { notificationMail } from './notification-mail';

/**
 * Sends notification_mails: claimed in batches (FOR UPDATE SKIP LOCKED, so every API process and
 * replica may work the queue), read at send time (someone who opted out meanwhile gets nothing),
 * retried with the newsletter queue's backoff up to MAIL_MAX_ATTEMPTS. Kicked after the transaction
 * that queued mail commits, and every minute for retries and for mail queued by other processes.
 */
@Injectable()
export class NotificationQueue extends DrainingQueue implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly transport: MailTransport,
    private readonly links: MailLinks,
  ) {
    super('NotificationQueue', 'notification mail stopped');
  }

  async onApplicationBootstrap() {
    await notificationMailQueries.requeueStale(this.db);
    this.timer = setInterval(() => this.kick(), 60_000);
    this.timer.unref();
    this.kick();
  }

  protected drain() {
    return this.drainBatches(
      (batchSize) => notificationMailQueries.claim(this.db, batchSize),
      (row) => this.deliver(row),
    );
  }

  private async deliver(row: ClaimedMail) {
    const c = await notificationMailQueries.content(this.db, row.id);
    if (!c || !c.wanted) return void (await notificationMailQueries.done(this.db, row.id, 'skipped', 'opted out or inactive'));
    await this.attempt(
      row,
      async () => {
        await this.transport.send(notificationMail(c, this.links.base));
        await notificationMailQueries.done(this.db, row.id, 'sent', null);
      },
      {
        failed: (error) => notificationMailQueries.done(this.db, row.id, 'failed', error),
        retry: (error, delaySeconds) => notificationMailQueries.retry(this.db, row.id, error, delaySeconds),
      },
    );
  }
}
