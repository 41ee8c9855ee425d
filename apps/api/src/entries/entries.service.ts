import { Slug, type PublicEntryAnswer } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { ENTRY_NOT_FOUND, NotFoundError } from '../common/errors';
import { EntryEntity, RegionEntity } from '../database/entities';
import { hydrate } from '../database/hydrate';
import { publishedEntryRow } from './entry.queries';
import { readChildren } from './entry-children';
import { toPublicEntry } from './entry.mapper';

const notFound = (slug: string) => new NotFoundError(ENTRY_NOT_FOUND, `No published entry has the slug "${slug}"`);

/** Read side of one entry for the public (lists are search's): only published, non-deleted entries exist here. */
@Injectable()
export class EntriesService {
  constructor(@InjectReadDataSource() private readonly db: DataSource) {}

  async getBySlug(slug: string): Promise<PublicEntryAnswer> {
    // No entry has a malformed slug, and such text (a NUL byte, say) must not reach PostgreSQL.
    if (!Slug.safeParse(slug).success) throw notFound(slug);
    const row = await publishedEntryRow(this.db, slug);
    if (!row) throw notFound(slug);
    const children = await readChildren(({ entity, table }) => (row[table] as Record<string, unknown>[]).map((child) => hydrate(this.db, entity, child)));
    const region = row.regions ? hydrate(this.db, RegionEntity, row.regions as Record<string, unknown>) : null;
    return toPublicEntry(hydrate(this.db, EntryEntity, row), children, region);
  }
}
