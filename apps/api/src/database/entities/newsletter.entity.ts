import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { WorkflowState } from '@dualcarbon/domain';
import { EntryEntity } from './entry.entity';

/**
 * One issue of the newsletter (src/newsletters). `data` is the working copy (the domain's NewsletterIssue),
 * `published_data` what the public sees while `workflow_status` is published; the workflow columns work as
 * on entries. `structure` keeps a seed file as written (null for composed issues).
 */
@Entity({ name: 'newsletters' })
export class NewsletterEntity {
  @PrimaryColumn({ type: 'integer' })
  issue: number;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'text', nullable: true })
  titleZh: string | null;

  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn: string | null;

  @Column({ type: 'jsonb', nullable: true })
  structure: unknown;

  @Column({ type: 'uuid', unique: true, default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Column({ type: 'jsonb' })
  data: unknown;

  @Column({ name: 'published_data', type: 'jsonb', nullable: true })
  publishedData: unknown;

  @Column({ name: 'workflow_status', type: 'varchar', length: 30, default: 'draft' })
  workflowStatus: WorkflowState;

  @Column({ name: 'working_status', type: 'varchar', length: 30, nullable: true })
  workingStatus: WorkflowState | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_version', type: 'integer', nullable: true })
  publishedVersion: number | null;

  @Column({ name: 'seed_checksum', type: 'varchar', length: 64, nullable: true })
  seedChecksum: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Where an entry appeared in an issue (an entry's `newsletter` field). No FK to newsletters: an entry may cite an issue not loaded yet. */
@Entity({ name: 'newsletter_placements' })
@Index('newsletter_placements_issue_idx', ['issue', 'section', 'position'])
export class NewsletterPlacementEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Relation<EntryEntity>;

  @Column({ type: 'integer' })
  issue: number;

  @Column({ type: 'varchar', length: 40 })
  section: string;

  @Column({ name: 'group_label', type: 'text', nullable: true })
  groupLabel: string | null;

  /** The entry's order within its section (the seed's `order`). */
  @Column({ type: 'integer' })
  position: number;
}
