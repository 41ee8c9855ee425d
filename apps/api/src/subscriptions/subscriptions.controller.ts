import type { z } from 'zod';
import type { AnswerOf } from '../http/answer';
import {
  ErrorSchema,
  ONE_CLICK_BODY,
  SubscribeAnswerSchema,
  TokenAnswerSchema,
  type TokenAnswer,
  type UnsubscribeCheckAnswer,
  UnsubscribeCheckAnswerSchema,
} from '@dualcarbon/domain';
import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSeeOtherResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { requestMeta } from '../audit/request-meta';
import { AcceptsBody } from '../http/body-types';
import { answerLink, noStore } from './link-answer';
import { SubscribeBodySchema, TokenQuerySchema, type SubscribeBody, type TokenQuery } from './subscription.schemas';
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
  @ApiOperation({ summary: 'Subscribe (double opt-in): a confirmation link is mailed; the answer is the same for every address. JSON only (415 otherwise)' })
  @ApiAcceptedResponse({ standardSchema: SubscribeAnswerSchema })
  @ApiTooManyRequestsResponse({ standardSchema: ErrorSchema, description: 'Too many requests from this client (subscription/rate_limited, with Retry-After)' })
  async subscribe(
    @Body({ schema: SubscribeBodySchema }) body: SubscribeBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<z.infer<typeof SubscribeAnswerSchema>> {
    noStore(res);
    return this.subscriptions.subscribe(body, requestMeta(req).ip).catch((err) => {
      if (err instanceof SubscribeRateLimited) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    });
  }

  /*
   * Confirming stays a GET that acts: the link is the answer to a request the person made a moment
   * ago (double opt-in), and a scanner fetching it can only confirm what was asked for. Unsubscribe
   * links are different: they sit in every mail, so their GET only checks (below).
   */
  @Get('confirm')
  @ApiOperation({ summary: 'Confirm a subscription with the signed link from the confirmation mail' })
  @ApiOkResponse({ standardSchema: TokenAnswerSchema })
  @ApiSeeOtherResponse({ description: BROWSER })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: BAD_TOKEN })
  confirm(@Query({ schema: TokenQuerySchema }) q: TokenQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    // The JSON answer (browsers are redirected instead).
    return answerLink(req, res, (): Promise<TokenAnswer> => this.subscriptions.confirm(q.token));
  }

  /**
   * The unsubscribe link every mail carries. Mail security scanners fetch every link in a mail, so
   * this GET changes nothing: it checks the link and sends a browser to the portal's confirmation
   * page, whose button POSTs (below); API clients get the subscriber's current status.
   */
  @Get('unsubscribe')
  @ApiOperation({
    summary: 'Check the signed unsubscribe link every mail carries (also its List-Unsubscribe header); changes nothing',
    description: `Safe for link scanners: nothing changes. To unsubscribe, POST to the same URL (body "${ONE_CLICK_BODY}").`,
  })
  @ApiOkResponse({ standardSchema: UnsubscribeCheckAnswerSchema })
  @ApiSeeOtherResponse({
    description:
      'A browser (Accept: text/html) is sent on to the confirmation page /{lang}/briefings/unsubscribe?token=…, or to /{lang}/briefings?subscription=invalid',
  })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: BAD_TOKEN })
  check(@Query({ schema: TokenQuerySchema }) q: TokenQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    return answerLink(
      req,
      res,
      async (): Promise<UnsubscribeCheckAnswer> => ({
        ...(await this.subscriptions.inspect(q.token)),
        unsubscribe: { method: 'POST', body: ONE_CLICK_BODY },
        message: `Nothing was changed. To unsubscribe, POST to this URL with the body ${ONE_CLICK_BODY}.`,
      }),
      (out) => `/${out.lang}/briefings/unsubscribe?token=${encodeURIComponent(q.token)}`,
    );
  }

  @Post('unsubscribe')
  @HttpCode(200)
  // RFC 8058: mail clients post "List-Unsubscribe=One-Click" form-encoded; the body is not read.
  @AcceptsBody('*/*')
  @ApiOperation({
    summary:
      'Unsubscribe: RFC 8058 one-click (mail clients POST "List-Unsubscribe=One-Click" to the List-Unsubscribe URL) and the portal\'s confirmation page; any body is accepted',
  })
  @ApiOkResponse({ standardSchema: TokenAnswerSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: BAD_TOKEN })
  oneClick(@Query({ schema: TokenQuerySchema }) q: TokenQuery, @Res({ passthrough: true }) res: Response): AnswerOf<typeof TokenAnswerSchema> {
    noStore(res);
    return this.subscriptions.unsubscribe(q.token);
  }
}
