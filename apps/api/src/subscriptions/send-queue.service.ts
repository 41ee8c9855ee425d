import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RenderableEntry, NewsletterIssue, RenderLang } from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import { MailLinks } from '../mail/mail-links';
import { MailTokens } from '../mail/mail-tokens';
import { MailTransport } from '../mail/mail-transport';
import { DrainingQueue } from '../mail/retrying-queue';
import { PublicNewslettersService } from '../newsletters/public-newsletters.service';
import { issueMail } from './issue-mail';
import { sendQueries, subscriberQueries, type ClaimedSend } from './subscriptions.queries';

type Content = { issue: NewsletterIssue; entries: Map<string, RenderableEntry> } | null;

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
export class SendQueue extends DrainingQueue implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly transport: MailTransport,
    private readonly tokens: MailTokens,
    private readonly links: MailLinks,
    private readonly newsletters: PublicNewslettersService,
  ) {
    super('SendQueue', 'newsletter delivery stopped');
  }

  async onApplicationBootstrap() {
    await sendQueries.requeueStale(this.db, STALE_SENDING_MINUTES);
    if (await sendQueries.anyDue(this.db)) this.kick();
  }

  /** A run looks at every due row: the retry timer it would have waited for is not needed. */
  protected beforeRun() {
    clearTimeout(this.timer);
  }

  protected async drain() {
    const content = new Map<number, Promise<Content>>();
    await this.drainBatches(
      (batchSize) => sendQueries.claim(this.db, batchSize),
      (row) => this.deliver(row, content),
    );
    await this.scheduleRetry();
  }

  private contentOf(issue: number, cache: Map<number, Promise<Content>>): Promise<Content> {
    if (!cache.has(issue))
      cache.set(
        issue,
        this.newsletters.renderable(issue).catch(() => null),
      );
    return cache.get(issue)!;
  }

  private async deliver(row: ClaimedSend, cache: Map<number, Promise<Content>>) {
    const sub = await subscriberQueries.byId(this.db, row.subscriber_id);
    if (!sub || sub.status !== 'confirmed') return this.finish(row.id, 'skipped', 'unsubscribed');
    const content = await this.contentOf(row.issue, cache);
    if (!content) return this.finish(row.id, 'skipped', 'the issue is no longer published');
    await this.attempt(
      row,
      async () => {
        const unsubscribeUrl = this.links.unsubscribe(this.tokens.sign('unsubscribe', sub.id));
        const mail = issueMail(content.issue, content.entries, { email: sub.email, lang: sub.lang as RenderLang }, this.links.base, unsubscribeUrl);
        const sent = await this.transport.send(mail);
        await sendQueries.sent(this.db, row.id, sent.messageId || null);
      },
      {
        failed: (error) => this.finish(row.id, 'failed', error),
        retry: (error, delaySeconds) => sendQueries.retry(this.db, row.id, error, delaySeconds),
      },
    );
  }

  private async finish(id: string, status: 'skipped' | 'failed', error: string) {
    await sendQueries.finish(this.db, id, status, error);
  }

  /** Wakes up when the earliest retry is due. */
  private async scheduleRetry() {
    if (this.loop.stopped) return;
    const wait = await sendQueries.msUntilNextRetry(this.db);
    if (wait === null) return;
    this.timer = setTimeout(() => this.kick(), Math.max(0, Math.ceil(Number(wait))) + 5);
    this.timer.unref();
  }
}
