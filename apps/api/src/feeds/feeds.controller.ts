import { ErrorSchema } from '@dualcarbon/domain';
import type { EntryOutputQuery } from '@dualcarbon/domain';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { OutputQuery } from '../taxonomy/entry-params';
import { FEED_SIZE, FeedsService } from './feeds.service';

@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('entries.atom')
  @ApiOperation({
    summary: `Atom 1.0 feed of the ${FEED_SIZE} most recently published entries matching the filters`,
    description:
      'Same filters as GET /api/entries (without paging). Subscribe to e.g. Hebei and industry with ?region=130000&sector=industry; ' +
      "the feed's self link carries the filters; entries link to the portal at /en/entries/:slug, or at /zh/… with lang=zh, which also puts the feed's text and titles in Chinese first.",
  })
  @ApiProduces('application/atom+xml')
  @ApiResponse({ status: 200, description: 'Atom feed' })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Unknown parameter, unknown code or malformed value (code request/invalid)' })
  atom(@OutputQuery() output: EntryOutputQuery, @Res({ passthrough: true }) res: Response) {
    return this.feeds.atom(output, res);
  }
}
