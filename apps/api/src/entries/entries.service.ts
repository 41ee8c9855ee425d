import { Slug, type PublicEntryAnswer } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { ENTRY_NOT_FOUND, NotFoundError } from '../common/errors';
import {
  EntryEntity, EntryRelationEntity, EntrySourceEntity, EntryTargetEntity, NewsletterPlacementEntity, ObservationEntity, PUBLISHED, RegionEntity,
} from '../database/entities';
import { hydrate, selectList } from '../database/hydrate';
import { readRows } from '../database/pg-pool';
import { toPublicEntry, type EntryChildren } from './entry.mapper';

const notFound = (slug: string) => new NotFoundError(ENTRY_NOT_FOUND, `No published entry has the slug "${slug}"`);

/** Read side of one entry for the public (lists are search's): only published, non-deleted entries exist here. */
@Injectable()
export class EntriesService {
  private sql?: string;

  constructor(@InjectReadDataSource() private readonly db: DataSource) {}

  /**
   * The entry, its region and its child rows in one statement (children as JSON arrays in document
   * order): one round trip per entry page instead of six, and no query building per request.
   */
  private entrySql(): string {
    const children = (table: string, order: string) =>
      `(SELECT coalesce(jsonb_agg(to_jsonb(c) ORDER BY ${order}), '[]') FROM ${table} c WHERE c.entry_id = e.id) AS "${table}"`;
    this.sql ??= `
      SELECT ${selectList(this.db, EntryEntity, 'e')}, to_jsonb(r) AS "regions",
        ${children('entry_targets', 'c.position')},
        ${children('observations', 'c.position')},
        ${children('entry_sources', 'c.position')},
        ${children('entry_relations', 'c.position')},
        ${children('newsletter_placements', 'c.issue, c.position')}
      FROM entries e LEFT JOIN regions r ON r.code = e.jurisdiction
      WHERE e.slug = $1 AND e.workflow_status = '${PUBLISHED}' AND e.deleted_at IS NULL`;
    return this.sql;
  }

  async getBySlug(slug: string): Promise<PublicEntryAnswer> {
    // No entry has a malformed slug, and such text (a NUL byte, say) must not reach PostgreSQL.
    if (!Slug.safeParse(slug).success) throw notFound(slug);
    const [row] = await readRows<Record<string, unknown>>(this.db, this.entrySql(), [slug], { prepared: true });
    if (!row) throw notFound(slug);
    const list = <T extends ObjectLiteral>(target: EntityTarget<T>, table: string) =>
      (row[table] as Record<string, unknown>[]).map((child) => hydrate(this.db, target, child));
    const children: EntryChildren = {
      targets: list(EntryTargetEntity, 'entry_targets'),
      observations: list(ObservationEntity, 'observations'),
      sources: list(EntrySourceEntity, 'entry_sources'),
      relations: list(EntryRelationEntity, 'entry_relations'),
      placements: list(NewsletterPlacementEntity, 'newsletter_placements'),
    };
    const region = row.regions ? hydrate(this.db, RegionEntity, row.regions as Record<string, unknown>) : null;
    return toPublicEntry(hydrate(this.db, EntryEntity, row), children, region);
  }
}
