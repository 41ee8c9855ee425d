import { Controller, Get, Param } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { type EntryQuery, EntrySearchResultSchema, ImplementationSchema, PublicEntrySchema } from '@dualcarbon/domain';
import { Endpoint } from '../common/route-decorators';
import type { RequestVersion } from '../search/request-version';
import { SearchService } from '../search/search.service';
import { EntriesVersionSeen } from '../http/public-data-version';
import { SearchQuery } from '../taxonomy/entry-params';
import { EntriesService } from './entries.service';
import { ImplementationService } from './implementation.service';

const NOT_PUBLISHED = 'No published entry has this slug (code entry/not_found)';

@ApiTags('entries')
@Controller('entries')
export class EntriesController {
  constructor(
    private readonly entries: EntriesService,
    private readonly searcher: SearchService,
    private readonly implementation: ImplementationService,
  ) {}

  @Get()
  @Endpoint({
    summary: 'Search published entries: full text in English and Chinese, filters, facet counts, sort, pages',
    description:
      'Every filter may repeat or take comma-separated values (OR within a filter, AND across filters). ' +
      'q matches English by word stem and Chinese anywhere inside the text, and also finds entries tagged with a sector or theme the query names (ranked below direct hits). ' +
      'Without q the default order is newest (issued date, undated last); ties break by id.',
    answer: { standardSchema: EntrySearchResultSchema, description: 'One page of results with totals and facet counts' },
    errors: {
      400: 'Unknown parameter, unknown code or malformed value (code request/invalid; the issue names the parameter and the allowed values)',
    },
  })
  list(@SearchQuery() query: EntryQuery, @EntriesVersionSeen() version?: RequestVersion) {
    return this.searcher.search(query, version);
  }

  @Get(':slug')
  @Endpoint({
    summary: 'One published entry with its targets, observations, sources and relations',
    answer: PublicEntrySchema,
    errors: { 404: NOT_PUBLISHED },
  })
  @ApiParam({ name: 'slug', example: 'guizhou-pollution-carbon-synergy-implementation-plan' })
  get(@Param('slug') slug: string) {
    return this.entries.getBySlug(slug);
  }

  @Get(':slug/implementation')
  @Endpoint({
    summary: 'How a document is implemented across China: the published entries that implement it, by province, and the provinces with none',
    description:
      'Entries that name the document in an `implements` relation, and entries of the same province implementing one of those subnational entries ' +
      "(a city plan implementing its province's plan; `via` names that plan). Cities and zones count for their province. Every one of the 31 mainland " +
      'provincial-level divisions is listed, with its entries (issue date, level, place and headline targets: peak or neutrality year, carbon and energy ' +
      'intensity, non-fossil share) or none (`missing`). Only published entries, on both ends.',
    answer: ImplementationSchema,
    errors: { 404: NOT_PUBLISHED },
  })
  @ApiParam({ name: 'slug', example: 'carbon-dioxide-peaking-action-plan-before-2030' })
  implementationOf(@Param('slug') slug: string) {
    return this.implementation.of(slug);
  }
}
