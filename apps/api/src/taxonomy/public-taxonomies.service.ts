import { OPEN_TAXONOMIES, type PublicTaxonomies, type PublicTerm } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { DataVersionService } from '../http/data-version.service';
import { TAXONOMY_PATHS } from './taxonomy.schemas';

type Row = {
  taxonomy: string; code: string; parent_code: string | null; label_en: string; label_zh: string; sort: number;
  keywords: string[] | null; unit: string | null; default_comparison: string | null;
};

/** Active terms only: deleted and merged ones (tombstones) are left out. */
const SQL = `SELECT taxonomy, code, parent_code, label_en, label_zh, sort, keywords, unit, default_comparison
  FROM taxonomy_terms WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY taxonomy, sort, code`;

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
      for (const r of (await this.db.query(SQL)) as Row[]) {
        const name = nameOf.get(r.taxonomy as never);
        if (!name) continue;
        out[name].push({
          code: r.code, en: r.label_en, zh: r.label_zh, parent: r.parent_code, sort: r.sort, keywords: r.keywords ?? [],
          unit: r.unit, defaultComparison: r.default_comparison,
        });
      }
      return out;
    });
  }
}
