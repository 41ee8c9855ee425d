import type { AnswerOf } from '../http/answer';
import { PublicTaxonomiesSchema } from '@dualcarbon/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicTaxonomiesService } from './public-taxonomies.service';

@ApiTags('taxonomy')
@Controller('taxonomies')
export class PublicTaxonomiesController {
  constructor(private readonly taxonomies: PublicTaxonomiesService) {}

  @Get()
  @ApiOperation({
    summary:
      'The current terms of every open taxonomy (sectors, instruments, themes, issuers, metrics): flat, in order, labels in English and Chinese; retired and merged terms left out',
  })
  @ApiOkResponse({ standardSchema: PublicTaxonomiesSchema })
  all(): AnswerOf<typeof PublicTaxonomiesSchema> {
    return this.taxonomies.all();
  }
}
