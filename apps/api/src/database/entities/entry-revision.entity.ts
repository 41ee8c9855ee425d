import { Column, CreateDateColumn, Entity, Unique } from 'typeorm';
import type { WorkflowState } from '@dualcarbon/domain';
import { EntryRow } from './entry-row';

/**
 * Every saved state of an entry, as the full EntryData snapshot. `created_by` is null for system
 * writes (the seeder); an entry with any revision by a person is never overwritten by the seed.
 */
@Entity({ name: 'entry_revisions' })
@Unique('entry_revisions_entry_version_key', ['entryId', 'version'])
export class EntryRevisionEntity extends EntryRow {
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'workflow_status', type: 'varchar', length: 30 })
  workflowStatus: WorkflowState;

  @Column({ type: 'jsonb' })
  data: unknown;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** What produced it: create, save, autosave, restore:<version>, publish, discard, retag, import. Null for the seeder. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
