import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EntryEntity } from './entry.entity';

/**
 * What every table of an entry's own rows (targets, observations, sources, relations, revisions,
 * newsletter placements) starts with: a bigint key and the entry, whose deletion takes the row along.
 * Not an entity itself: each subclass is its own table (TypeORM's concrete-table inheritance).
 */
export abstract class EntryRow {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Relation<EntryEntity>;
}
