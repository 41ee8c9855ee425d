import { StatsSchema } from '@dualcarbon/domain';
import type { EntryFilters } from '@dualcarbon/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../common/route-decorators';
import { FilterQuery } from '../taxonomy/entry-params';
import { StatsService } from './stats.service';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @Endpoint({
    summary: 'Counts of published entries by year, sector, level and province, for the same filters as search',
    answer: StatsSchema,
    errors: { 400: 'Unknown parameter, unknown code or malformed value (code request/invalid)' },
  })
  get(@FilterQuery() filters: EntryFilters) {
    return this.stats.stats(filters);
  }
}
