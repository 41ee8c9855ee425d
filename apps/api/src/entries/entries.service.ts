import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { ENTRY_NOT_FOUND, NotFoundError } from '../common/errors';
import {
  EntryEntity, EntryRelationEntity, EntrySourceEntity, EntryTargetEntity, NewsletterPlacementEntity, ObservationEntity, PUBLISHED,
} from '../database/entities';
import { toPublicEntry, type EntryChildren, type PublicEntryView } from './entry.mapper';

/** Read side of one entry for the public (lists are search's): only published, non-deleted entries exist here. */
@Injectable()
export class EntriesService {
  constructor(@InjectReadDataSource() private readonly db: DataSource) {}

  private published() {
    // Soft-deleted rows are excluded by TypeORM because of the @DeleteDateColumn.
    return this.db
      .getRepository(EntryEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.region', 'r')
      .where('e.workflowStatus = :published', { published: PUBLISHED });
  }

  async getBySlug(slug: string): Promise<PublicEntryView> {
    const entry = await this.published().andWhere('e.slug = :slug', { slug }).getOne();
    if (!entry) throw new NotFoundError(ENTRY_NOT_FOUND, `No published entry has the slug "${slug}"`);
    return toPublicEntry(entry, await this.children(entry.id), entry.region);
  }

  private async children(entryId: string): Promise<EntryChildren> {
    const rows = <T extends ObjectLiteral>(target: EntityTarget<T>, order: Record<string, 'ASC'>) =>
      this.db.getRepository(target).find({ where: { entryId } as never, order: order as never });
    const [targets, observations, sources, relations, placements] = await Promise.all([
      rows(EntryTargetEntity, { position: 'ASC' }),
      rows(ObservationEntity, { position: 'ASC' }),
      rows(EntrySourceEntity, { position: 'ASC' }),
      rows(EntryRelationEntity, { position: 'ASC' }),
      rows(NewsletterPlacementEntity, { issue: 'ASC', position: 'ASC' }),
    ]);
    return { targets, observations, sources, relations, placements };
  }
}
