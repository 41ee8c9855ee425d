import { MetricListSchema, TargetTableSchema } from '@dualcarbon/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../common/route-decorators';
import { TargetsService } from './targets.service';
import { NoQuerySchema, TargetsQuerySchema, type TargetsQuery } from './targets.schemas';

@ApiTags('targets')
@Controller()
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get('metrics')
  @Endpoint({
    summary: 'Every metric with labels, unit, usual comparison, and how many published targets and statistics use it',
    answer: MetricListSchema,
    errors: { 400: 'This route takes no query parameters (code request/invalid)' },
  })
  metrics(@Query({ schema: NoQuerySchema }) _query: object) {
    return this.targets.metrics();
  }

  @Get('targets')
  @Endpoint({
    summary: 'Targets for one metric compared across jurisdictions, with official statistics alongside',
    description: "E.g. ?metric=carbon_intensity&targetYear=2025 compares provinces' and cities' 2025 carbon-intensity targets.",
    answer: TargetTableSchema,
    errors: {
      400: 'Missing or unknown metric (the message lists the allowed ones), unknown region, or another invalid parameter (code request/invalid)',
    },
  })
  table(@Query({ schema: TargetsQuerySchema }) query: TargetsQuery) {
    return this.targets.table(query);
  }
}
