import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse, ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiSeeOtherResponse, ApiTags, ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { requestMeta } from '../audit/request-meta';
import { ErrorSchema } from '../entries/entries.schemas';
import { answerLink, noStore } from './link-answer';
import { SubscribeAnswerSchema, SubscribeBodySchema, TokenAnswerSchema, TokenQuerySchema, type SubscribeBody, type TokenQuery } from './subscription.schemas';
import { SubscriptionsService } from './subscriptions.service';
import { SubscribeRateLimited } from './subscribe-limiter';

const BAD_TOKEN = 'The link is forged, expired or was replaced by a later unsubscription (code subscription/invalid_token)';
const BROWSER = 'A browser (Accept: text/html) is sent on to /{lang}/briefings?subscription=…';

@ApiTags('subscriptions')
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Subscribe (double opt-in): a confirmation link is mailed; the answer is the same for every address' })
  @ApiAcceptedResponse({ standardSchema: SubscribeAnswerSchema })
  @ApiTooManyRequestsResponse({ standardSchema: ErrorSchema, description: 'Too many requests from this client (subscription/rate_limited, with Retry-After)' })
  async subscribe(@Body({ schema: SubscribeBodySchema }) body: SubscribeBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    noStore(res);
    return this.subscriptions.subscribe(body, requestMeta(req).ip).catch((err) => {
      if (err instanceof SubscribeRateLimited) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    });
  }

  @Get('confirm')
  @ApiOperation({ summary: 'Confirm a subscription with the signed link from the confirmation mail' })
  @ApiOkResponse({ standardSchema: TokenAnswerSchema })
  @ApiSeeOtherResponse({ description: BROWSER })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: BAD_TOKEN })
  confirm(@Query({ schema: TokenQuerySchema }) q: TokenQuery, @Req() req: Request, @Res() res: Response) {
    return answerLink(req, res, () => this.subscriptions.confirm(q.token));
  }

  @Get('unsubscribe')
  @ApiOperation({ summary: 'Unsubscribe with the signed link every mail carries (also its List-Unsubscribe header)' })
  @ApiOkResponse({ standardSchema: TokenAnswerSchema })
  @ApiSeeOtherResponse({ description: BROWSER })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: BAD_TOKEN })
  unsubscribe(@Query({ schema: TokenQuerySchema }) q: TokenQuery, @Req() req: Request, @Res() res: Response) {
    return answerLink(req, res, () => this.subscriptions.unsubscribe(q.token));
  }

  @Post('unsubscribe')
  @HttpCode(200)
  @ApiOperation({ summary: 'One-click unsubscribe (RFC 8058: mail clients POST "List-Unsubscribe=One-Click" to the List-Unsubscribe URL)' })
  @ApiOkResponse({ standardSchema: TokenAnswerSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: BAD_TOKEN })
  oneClick(@Query({ schema: TokenQuerySchema }) q: TokenQuery, @Res({ passthrough: true }) res: Response) {
    noStore(res);
    return this.subscriptions.unsubscribe(q.token);
  }
}
