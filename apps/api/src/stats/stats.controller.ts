import type { AnswerOf } from '../http/answer';
import { ErrorSchema, StatsSchema } from '@dualcarbon/domain';
import type { EntryFilters } from '@dualcarbon/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FilterQuery } from '../taxonomy/entry-params';
import { StatsService } from './stats.service';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @ApiOperation({ summary: 'Counts of published entries by year, sector, level and province, for the same filters as search' })
  @ApiOkResponse({ standardSchema: StatsSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Unknown parameter, unknown code or malformed value (code request/invalid)' })
  get(@FilterQuery() filters: EntryFilters): AnswerOf<typeof StatsSchema> {
    return this.stats.stats(filters);
  }
}
