import type { AnswerOf } from '../http/answer';
import { ErrorSchema, SendProgressSchema, SubscriberCountsSchema } from '@dualcarbon/domain';
import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { requestMeta } from '../audit/request-meta';
import { Auth } from '../auth/auth.decorator';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { SendsQuerySchema, type SendsQuery } from './sends.schemas';
import { SendsService } from './sends.service';

@ApiTags('newsletters (editor)')
@Controller('editor')
export class SendsController {
  constructor(private readonly sends: SendsService) {}

  @Post('newsletters/:id/send')
  @HttpCode(202)
  @Auth('reviewer', 'admin')
  @ApiOperation({ summary: 'Mail a published issue to every confirmed subscriber (in batches, with retries); never twice to the same subscriber' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiAcceptedResponse({ standardSchema: SendProgressSchema })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: 'The issue is not published (newsletter/not_published)' })
  send(@Param('id') id: string, @CurrentUser() user: AuthUser, @Req() req: Request): AnswerOf<typeof SendProgressSchema> {
    return this.sends.send(id, user, requestMeta(req));
  }

  @Get('newsletters/:id/sends')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Progress and send log of an issue (addresses masked unless admin)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: SendProgressSchema })
  progress(@Param('id') id: string, @Query({ schema: SendsQuerySchema }) q: SendsQuery, @CurrentUser() user: AuthUser): AnswerOf<typeof SendProgressSchema> {
    return this.sends.progress(id, q, user);
  }

  @Get('subscribers/counts')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'How many subscribers are pending, confirmed and unsubscribed (no addresses)' })
  @ApiOkResponse({ standardSchema: SubscriberCountsSchema })
  counts(): AnswerOf<typeof SubscriberCountsSchema> {
    return this.sends.subscriberCounts();
  }
}
