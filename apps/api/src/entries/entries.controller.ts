import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { EntriesService } from './entries.service';
import { EntryListSchema, ErrorSchema, ListEntriesQuerySchema, PublicEntrySchema, type ListEntriesQuery } from './entries.schemas';

@ApiTags('entries')
@Controller('entries')
export class EntriesController {
  constructor(private readonly entries: EntriesService) {}

  @Get()
  @ApiOperation({ summary: 'Published entries, newest issued first' })
  @ApiOkResponse({ standardSchema: EntryListSchema, description: 'One page of entry summaries' })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Unknown or invalid query parameter (code request/invalid)' })
  list(@Query({ schema: ListEntriesQuerySchema }) query: ListEntriesQuery) {
    return this.entries.list(query);
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
