import type { AnswerOf } from '../http/answer';
import { ErrorSchema, MetricListSchema, TargetTableSchema } from '@dualcarbon/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TargetsService } from './targets.service';
import { NoQuerySchema, TargetsQuerySchema, type TargetsQuery } from './targets.schemas';

@ApiTags('targets')
@Controller()
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get('metrics')
  @ApiOperation({ summary: 'Every metric with labels, unit, usual comparison, and how many published targets and statistics use it' })
  @ApiOkResponse({ standardSchema: MetricListSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'This route takes no query parameters (code request/invalid)' })
  metrics(@Query({ schema: NoQuerySchema }) _query: object): AnswerOf<typeof MetricListSchema> {
    return this.targets.metrics();
  }

  @Get('targets')
  @ApiOperation({
    summary: 'Targets for one metric compared across jurisdictions, with official statistics alongside',
    description: "E.g. ?metric=carbon_intensity&targetYear=2025 compares provinces' and cities' 2025 carbon-intensity targets.",
  })
  @ApiOkResponse({ standardSchema: TargetTableSchema })
  @ApiBadRequestResponse({
    standardSchema: ErrorSchema,
    description: 'Missing or unknown metric (the message lists the allowed ones), unknown region, or another invalid parameter (code request/invalid)',
  })
  table(@Query({ schema: TargetsQuerySchema }) query: TargetsQuery): AnswerOf<typeof TargetTableSchema> {
    return this.targets.table(query);
  }
}
