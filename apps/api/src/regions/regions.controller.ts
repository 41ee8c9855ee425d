import type { AnswerOf } from '../http/answer';
import { ErrorSchema, RegionPageSchema, RegionTreeSchema } from '@dualcarbon/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RegionsService } from './regions.service';
import { RegionTreeQuerySchema, type RegionTreeQuery } from './regions.schemas';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({ summary: 'China → provinces → cities (→ zones) with published-entry counts; cities without entries only with ?all=true' })
  @ApiOkResponse({ standardSchema: RegionTreeSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Unknown or invalid query parameter (code request/invalid)' })
  tree(@Query({ schema: RegionTreeQuerySchema }) query: RegionTreeQuery): AnswerOf<typeof RegionTreeSchema> {
    return this.regions.tree(query);
  }

  @Get(':code')
  @ApiOperation({ summary: 'A region page: breadcrumb, counts by sector and year, latest entries, targets, and its subregions with counts' })
  @ApiParam({ name: 'code', description: 'CN, a province or city code (GB/T 2260), or a zone code', example: '440000' })
  @ApiOkResponse({ standardSchema: RegionPageSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'No region has this code (code region/not_found)' })
  page(@Param('code') code: string): AnswerOf<typeof RegionPageSchema> {
    return this.regions.page(code);
  }
}
