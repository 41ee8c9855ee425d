import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { BackgroundTasks } from '../common/background-tasks';
import { LOGGER } from '../logging/logger.token';
import { MailLinks } from '../mail/mail-links';
import { MailTokens } from '../mail/mail-tokens';
import { MailTransport } from '../mail/mail-transport';
import { confirmationMail } from './subscription-mails';
import type { SubscriberLang as Lang } from './subscriptions.queries';

/** Confirmation links stay valid for a week. */
const CONFIRM_TTL_S = 7 * 24 * 3600;

/**
 * The double opt-in mail, sent in the background after the subscribe answer (so its timing tells
 * nothing): a failure is logged, and mail still being handed over is awaited at shutdown and by tests.
 */
@Injectable()
export class ConfirmationMails implements OnModuleDestroy {
  private readonly sending = new BackgroundTasks();

  constructor(
    private readonly tokens: MailTokens,
    private readonly links: MailLinks,
    private readonly transport: MailTransport,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts sending the confirmation of subscriber `id` (its link names the row's `generation`). */
  send(email: string, id: string, lang: Lang, generation: number): void {
    this.sending.track(
      this.deliver(email, id, lang, generation).catch((err) => this.logger.error({ err, context: 'Subscriptions' }, 'could not send a confirmation mail')),
    );
  }

  private async deliver(email: string, id: string, lang: Lang, generation: number) {
    const unsubscribeUrl = this.links.unsubscribe(this.tokens.sign('unsubscribe', id));
    const mail = confirmationMail(lang, this.links.confirm(this.tokens.sign('confirm', id, { ttlSeconds: CONFIRM_TTL_S, gen: generation })), unsubscribeUrl);
    await this.transport.send({ to: email, ...mail, unsubscribeUrl });
  }

  /** Resolves when every confirmation mail started so far has been handed over (awaited by tests). */
  async settled() {
    await this.sending.settled();
  }

  /** Mail still being handed over when the app stops. */
  onModuleDestroy() {
    return this.settled();
  }
}
