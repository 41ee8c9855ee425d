import { createEntryFilterSchema, createEntryOutputSchema, createEntryQuerySchema } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { DataVersionService } from '../http/data-version.service';
import { loadVocabulary, queryVocabulary } from './vocabulary';

/** The public entry filters' schemas, compiled against the database's vocabulary. */
export interface EntrySchemas {
  /** Filters plus sort, paging and facets (GET /api/entries). */
  query: ReturnType<typeof createEntryQuerySchema>;
  /** Filters only (statistics). */
  filters: ReturnType<typeof createEntryFilterSchema>;
  /** Filters and the reader's language (export, feeds). */
  output: ReturnType<typeof createEntryOutputSchema>;
}

/**
 * Compiles the entry filter schemas from the live taxonomy terms and regions, once per public data
 * version: a term an admin adds is accepted, one deleted or merged is refused again.
 *
 * Read from the read database, where the data version and the entries the filters select come from,
 * so the codes accepted follow the data served. TaxonomyChanges invalidates the data version after a change,
 * so this process sees it on the next request; other replicas see it when they next read the
 * version (at most DATA_VERSION_TTL_MS, one second, later) — until then they may still answer a new
 * code with 400 or accept a retired one, which is acceptable for public filters.
 *
 * One slot of its own rather than DataVersionService.memo(): memo's LRU is shared with per-query
 * entries (targets, region pages) that could evict the schemas and make them compile per request.
 */
@Injectable()
export class QueryVocabularyService {
  private current?: { tag: string; schemas: Promise<EntrySchemas> };

  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly version: DataVersionService,
  ) {}

  async schemas(): Promise<EntrySchemas> {
    const { tag } = await this.version.get();
    if (this.current?.tag === tag) return this.current.schemas;
    const schemas = loadVocabulary(this.db).then((v) => {
      const vocabulary = queryVocabulary(v);
      return { query: createEntryQuerySchema(vocabulary), filters: createEntryFilterSchema(vocabulary), output: createEntryOutputSchema(vocabulary) };
    });
    this.current = { tag, schemas };
    schemas.catch(() => {
      if (this.current?.schemas === schemas) this.current = undefined;
    });
    return schemas;
  }
}
