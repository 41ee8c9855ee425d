import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { ENTRY_NOT_FOUND, NotFoundError } from '../common/errors';
import {
  EntryEntity, EntryRelationEntity, EntrySourceEntity, EntryTargetEntity, NewsletterPlacementEntity, ObservationEntity, PUBLISHED,
} from '../database/entities';
import { toPublicEntry, toRegionView, type EntryChildren, type PublicEntryView } from './entry.mapper';
import type { EntryList, EntrySummary, ListEntriesQuery } from './entries.schemas';

/** Read side of entries for the public: only published, non-deleted entries exist here. */
@Injectable()
export class EntriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private published() {
    // Soft-deleted rows are excluded by TypeORM because of the @DeleteDateColumn.
    return this.db
      .getRepository(EntryEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.region', 'r')
      .where('e.workflowStatus = :published', { published: PUBLISHED });
  }

  async list({ page, pageSize }: ListEntriesQuery): Promise<EntryList> {
    const [rows, total] = await this.published()
      .orderBy('e.issuedOn', 'DESC', 'NULLS LAST')
      .addOrderBy('e.publishedAt', 'DESC')
      .addOrderBy('e.slug', 'ASC')
      // offset/limit rather than skip/take: the only join is many-to-one, so rows are not multiplied.
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getManyAndCount();
    return { items: rows.map(summarise), total, page, pageSize };
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

function summarise(e: EntryEntity): EntrySummary {
  const text = (v: string | null) => v ?? undefined;
  return {
    id: e.id,
    slug: e.slug,
    kind: e.kind,
    title: { en: text(e.titleEn), zh: text(e.titleZh) },
    summary: { en: text(e.summaryEn), zh: text(e.summaryZh) },
    jurisdiction: e.jurisdiction,
    region: toRegionView(e.region) as EntrySummary['region'],
    level: e.level,
    sectors: e.sectors,
    instrumentType: text(e.instrumentType),
    themes: e.themes,
    ghgs: e.ghgs,
    status: e.policyStatus,
    issuedOn: text(e.issuedOn),
    publishedAt: (e.publishedAt ?? e.updatedAt).toISOString(),
  };
}
