import { OPEN_TAXONOMIES, type PublicTaxonomies, type PublicTerm } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { DataVersionService } from '../http/data-version.service';
import { activeTerms } from './taxonomy-terms';
import { TAXONOMY_PATHS } from './taxonomy.schemas';

/** The open taxonomies' current terms for the public site and the CMS, read once per public data version. */
@Injectable()
export class PublicTaxonomiesService {
  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly version: DataVersionService,
  ) {}

  all(): Promise<PublicTaxonomies> {
    return this.version.memo('taxonomies:all', async () => {
      const out = Object.fromEntries(OPEN_TAXONOMIES.map((name) => [name, [] as PublicTerm[]])) as PublicTaxonomies;
      const nameOf = new Map(Object.entries(TAXONOMY_PATHS).map(([name, taxonomy]) => [taxonomy, name as keyof PublicTaxonomies]));
      for (const r of await activeTerms(this.db)) {
        const name = nameOf.get(r.taxonomy as never);
        if (!name) continue;
        out[name].push({
          code: r.code,
          en: r.label_en,
          zh: r.label_zh,
          parent: r.parent_code,
          sort: r.sort,
          keywords: r.keywords ?? [],
          unit: r.unit,
          defaultComparison: r.default_comparison,
        });
      }
      return out;
    });
  }
}
