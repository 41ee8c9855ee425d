import { Module } from '@nestjs/common';
import { PublicTaxonomiesController } from './public-taxonomies.controller';
import { PublicTaxonomiesService } from './public-taxonomies.service';

/** GET /api/taxonomies: what the portal and the CMS build their vocabularies from. */
@Module({ controllers: [PublicTaxonomiesController], providers: [PublicTaxonomiesService] })
export class PublicTaxonomiesModule {}
