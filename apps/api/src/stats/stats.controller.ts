import type { EntryFilters } from '@dualcarbon/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorSchema } from '../entries/entries.schemas';
import { FilterQuery } from '../taxonomy/entry-params';
import { StatsSchema } from './stats.schemas';
import { StatsService } from './stats.service';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @ApiOperation({ summary: 'Counts of published entries by year, sector, level and province, for the same filters as search' })
  @ApiOkResponse({ standardSchema: StatsSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Unknown parameter, unknown code or malformed value (code request/invalid)' })
  get(@FilterQuery() filters: EntryFilters) {
    return this.stats.stats(filters);
  }
}
