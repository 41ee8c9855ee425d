import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { EntryRelationEntity, EntrySourceEntity, EntryTargetEntity, NewsletterPlacementEntity, ObservationEntity } from '../database/entities';

/** Child rows of an entry, in document order. */
export interface EntryChildren {
  targets: EntryTargetEntity[];
  observations: ObservationEntity[];
  sources: EntrySourceEntity[];
  relations: EntryRelationEntity[];
  placements: NewsletterPlacementEntity[];
}

export type ChildKind = keyof EntryChildren;

/** Where one kind of child row is kept, and the order that is the document's. */
export interface ChildTable<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  table: string;
  order: Record<string, 'ASC'>;
}

/** Every kind of an entry's child rows; reads, writes and deletes of an entry's children go through this table. */
export const ENTRY_CHILD_TABLES: { [K in ChildKind]: ChildTable<EntryChildren[K][number]> } = {
  targets: { entity: EntryTargetEntity, table: 'entry_targets', order: { position: 'ASC' } },
  observations: { entity: ObservationEntity, table: 'observations', order: { position: 'ASC' } },
  sources: { entity: EntrySourceEntity, table: 'entry_sources', order: { position: 'ASC' } },
  relations: { entity: EntryRelationEntity, table: 'entry_relations', order: { position: 'ASC' } },
  placements: { entity: NewsletterPlacementEntity, table: 'newsletter_placements', order: { issue: 'ASC', position: 'ASC' } },
};

export const CHILD_KINDS = Object.keys(ENTRY_CHILD_TABLES) as ChildKind[];

/** One kind's table, for code that handles every kind alike. */
export const childTable = (kind: ChildKind) => ENTRY_CHILD_TABLES[kind] as ChildTable<ObjectLiteral>;

/** An entry's children, each kind read by `read`, one after the other (a transaction's queries share one connection). */
export async function readChildren(read: <T extends ObjectLiteral>(table: ChildTable<T>) => T[] | Promise<T[]>): Promise<EntryChildren> {
  const children = {} as Record<ChildKind, ObjectLiteral[]>;
  for (const kind of CHILD_KINDS) children[kind] = await read(childTable(kind));
  return children as unknown as EntryChildren;
}
