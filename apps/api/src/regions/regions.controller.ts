import { RegionPageSchema, RegionTreeSchema } from '@dualcarbon/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../common/route-decorators';
import { RegionsService } from './regions.service';
import { RegionTreeQuerySchema, type RegionTreeQuery } from './regions.schemas';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Endpoint({
    summary: 'China → provinces → cities (→ zones) with published-entry counts; cities without entries only with ?all=true',
    answer: RegionTreeSchema,
    errors: { 400: 'Unknown or invalid query parameter (code request/invalid)' },
  })
  tree(@Query({ schema: RegionTreeQuerySchema }) query: RegionTreeQuery) {
    return this.regions.tree(query);
  }

  @Get(':code')
  @Endpoint({
    summary: 'A region page: breadcrumb, counts by sector and year, latest entries, targets, and its subregions with counts',
    answer: RegionPageSchema,
    errors: { 404: 'No region has this code (code region/not_found)' },
  })
  @ApiParam({ name: 'code', description: 'CN, a province or city code (GB/T 2260), or a zone code', example: '440000' })
  page(@Param('code') code: string) {
    return this.regions.page(code);
  }
}
