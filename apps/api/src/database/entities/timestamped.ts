import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * The created_at and updated_at every table of editable content has (TypeORM fills them in on insert
 * and update). Not an entity itself: each subclass is its own table, as with EntryRow.
 */
export abstract class Timestamped {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
