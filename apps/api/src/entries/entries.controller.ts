import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { EntryQuery } from '@dualcarbon/domain';
import type { RequestVersion } from '../search/request-version';
import { EntrySearchResultSchema } from '../search/search.schemas';
import { SearchService } from '../search/search.service';
import { EntriesVersionSeen } from '../http/public-data-version';
import { SearchQuery } from '../taxonomy/entry-params';
import { EntriesService } from './entries.service';
import { ErrorSchema, PublicEntrySchema } from './entries.schemas';

@ApiTags('entries')
@Controller('entries')
export class EntriesController {
  constructor(
    private readonly entries: EntriesService,
    private readonly searcher: SearchService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Search published entries: full text in English and Chinese, filters, facet counts, sort, pages',
    description:
      'Every filter may repeat or take comma-separated values (OR within a filter, AND across filters). ' +
      'q matches English by word stem and Chinese anywhere inside the text, and also finds entries tagged with a sector or theme the query names (ranked below direct hits). ' +
      'Without q the default order is newest (issued date, undated last); ties break by id.',
  })
  @ApiOkResponse({ standardSchema: EntrySearchResultSchema, description: 'One page of results with totals and facet counts' })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Unknown parameter, unknown code or malformed value (code request/invalid; the issue names the parameter and the allowed values)' })
  list(@SearchQuery() query: EntryQuery, @EntriesVersionSeen() version?: RequestVersion) {
    return this.searcher.search(query, version);
  }

  @Get(':slug')
  @ApiOperation({ summary: 'One published entry with its targets, observations, sources and relations' })
  @ApiParam({ name: 'slug', example: 'guizhou-pollution-carbon-synergy-implementation-plan' })
  @ApiOkResponse({ standardSchema: PublicEntrySchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'No published entry has this slug (code entry/not_found)' })
  get(@Param('slug') slug: string) {
    return this.entries.getBySlug(slug);
  }
}
