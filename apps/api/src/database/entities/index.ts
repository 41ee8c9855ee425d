import { EntryRevisionEntity } from './entry-revision.entity';
import { EntryRelationEntity, EntrySourceEntity, EntryTargetEntity, ObservationEntity } from './entry-children.entity';
import { EntryEntity } from './entry.entity';
import { NewsletterPlacementEntity } from './newsletter.entity';
import { RegionEntity } from './region.entity';
import { SeedRunEntity } from './seed-run.entity';
import { TaxonomyTermEntity } from './taxonomy-term.entity';

export * from './entry-revision.entity';
export * from './entry-children.entity';
export * from './entry.entity';
export * from './newsletter.entity';
export * from './region.entity';
export * from './seed-run.entity';
export * from './taxonomy-term.entity';

/** Listed explicitly (no globs) so swc output, vitest and the TypeORM CLI all load the same set. */
export const ENTITIES = [
  RegionEntity,
  TaxonomyTermEntity,
  EntryEntity,
  EntryTargetEntity,
  ObservationEntity,
  EntrySourceEntity,
  EntryRelationEntity,
  EntryRevisionEntity,
  NewsletterPlacementEntity,
  SeedRunEntity,
];
