import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Taxonomy } from '../database/entities';
import { EntryValidationService } from '../editor/entry-validation.service';
import { DataVersionService } from '../http/data-version.service';
import { lockTaxonomy, taxonomyOf } from './taxonomy-terms';

/**
 * How every admin change to a taxonomy runs (TaxonomyService's and TaxonomyMergeService's): in a
 * transaction with the taxonomy locked (no concurrent cycles), then entry validation and the public
 * data version are refreshed so the change is seen at once.
 */
@Injectable()
export class TaxonomyChanges {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly validation: EntryValidationService,
    private readonly dataVersion: DataVersionService,
  ) {}

  async run<T>(path: string, fn: (m: EntityManager, taxonomy: Taxonomy) => Promise<T>): Promise<T> {
    const taxonomy = taxonomyOf(path);
    const result = await this.db.transaction(async (m) => {
      await lockTaxonomy(m, taxonomy);
      return fn(m, taxonomy);
    });
    this.validation.invalidate();
    this.dataVersion.invalidate();
    return result;
  }
}
