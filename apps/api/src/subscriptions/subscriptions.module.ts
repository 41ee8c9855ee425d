import { Module } from '@nestjs/common';
import { ConfirmationMails } from './confirmation-mails';
import { NewslettersModule } from '../newsletters/newsletters.module';
import { SendQueue } from './send-queue.service';
import { SendsController } from './sends.controller';
import { SendsService } from './sends.service';
import { SubscribeLimiter } from './subscribe-limiter';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

/** Double opt-in subscriptions, one-click unsubscribe, and delivery of published issues to confirmed subscribers. */
@Module({
  imports: [NewslettersModule],
  controllers: [SubscriptionsController, SendsController],
  providers: [SubscriptionsService, ConfirmationMails, SubscribeLimiter, SendQueue, SendsService],
  exports: [SubscriptionsService, SendQueue],
})
export class SubscriptionsModule {}
