import { SendProgressSchema, SubscriberCountsSchema } from '@dualcarbon/domain';
import { Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestMeta } from '../audit/request-meta';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { AuditMeta, EditorRoute, EditorialRoute, IdParam } from '../common/route-decorators';
import { SendsQuerySchema, type SendsQuery } from './sends.schemas';
import { SendsService } from './sends.service';

@ApiTags('newsletters (editor)')
@Controller('editor')
export class SendsController {
  constructor(private readonly sends: SendsService) {}

  @Post('newsletters/:id/send')
  @EditorRoute({
    roles: ['reviewer', 'admin'],
    summary: 'Mail a published issue to every confirmed subscriber (in batches, with retries); never twice to the same subscriber',
    answer: SendProgressSchema,
    status: 202,
    errors: { 409: 'The issue is not published (newsletter/not_published)' },
  })
  send(@IdParam() id: string, @CurrentUser() user: AuthUser, @AuditMeta() meta: RequestMeta) {
    return this.sends.send(id, user, meta);
  }

  @Get('newsletters/:id/sends')
  @EditorialRoute({ summary: 'Progress and send log of an issue (addresses masked unless admin)', answer: SendProgressSchema })
  progress(@IdParam() id: string, @Query({ schema: SendsQuerySchema }) q: SendsQuery, @CurrentUser() user: AuthUser) {
    return this.sends.progress(id, q, user);
  }

  @Get('subscribers/counts')
  @EditorialRoute({ summary: 'How many subscribers are pending, confirmed and unsubscribed (no addresses)', answer: SubscriberCountsSchema })
  counts() {
    return this.sends.subscriberCounts();
  }
}
