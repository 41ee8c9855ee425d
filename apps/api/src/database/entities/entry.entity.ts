import { Column, DeleteDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import type { WorkflowState } from '@dualcarbon/domain';
import { RegionEntity } from './region.entity';
import { Timestamped } from './timestamped';

export type LocalizedRow = { en?: string; zh?: string };

/** The workflow state only the public sees entries in. */
export const PUBLISHED: WorkflowState = 'published';

/** A policy, action or report. Child rows (targets, sources, …) live in their own tables. */
@Entity({ name: 'entries' })
export class EntryEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'text', nullable: true })
  titleZh: string | null;

  @Column({ name: 'summary_en', type: 'text', nullable: true })
  summaryEn: string | null;

  @Column({ name: 'summary_zh', type: 'text', nullable: true })
  summaryZh: string | null;

  @Column({ name: 'key_points', type: 'jsonb', default: () => "'[]'" })
  keyPoints: LocalizedRow[];

  @Column({ type: 'text', nullable: true })
  publisher: string | null;

  @Column({ name: 'issuing_bodies', type: 'text', array: true, default: () => "'{}'" })
  issuingBodies: string[];

  @Column({ type: 'varchar', length: 60 })
  jurisdiction: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'jurisdiction', referencedColumnName: 'code' })
  region?: Relation<RegionEntity>;

  @Column({ type: 'varchar', length: 20 })
  level: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ name: 'instrument_type', type: 'varchar', length: 120, nullable: true })
  instrumentType: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  ghgs: string[];

  @Column({ name: 'policy_status', type: 'varchar', length: 30, default: 'in_force' })
  policyStatus: string;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ name: 'effective_on', type: 'date', nullable: true })
  effectiveOn: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  /** 文号 as printed, e.g. 粤府〔2022〕56号. */
  @Column({ name: 'document_number', type: 'varchar', length: 100, nullable: true })
  documentNumber: string | null;

  @Column({ name: 'period_from', type: 'smallint', nullable: true })
  periodFrom: number | null;

  @Column({ name: 'period_to', type: 'smallint', nullable: true })
  periodTo: number | null;

  @Column({ name: 'workflow_status', type: 'varchar', length: 30, default: 'draft' })
  workflowStatus: WorkflowState;

  /** Optimistic locking: a save that read an older version fails instead of overwriting. */
  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  /** Users arrive in a later migration; until then system writes leave this null. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  /** Hash of the seed record this row was last written from; null for entries people created. */
  @Column({ name: 'seed_checksum', type: 'varchar', length: 64, nullable: true })
  seedChecksum: string | null;

  // Editorial state (src/editor): a published entry's working revision, and who did what last.

  /** Working copy (EntryData) of a published entry being revised; the columns above stay the public copy. */
  @Column({ name: 'working_data', type: 'jsonb', nullable: true, select: false })
  workingData?: unknown;

  /** Workflow state of the working copy (draft, in_review, changes_requested, approved); null when none. */
  @Column({ name: 'working_status', type: 'varchar', length: 30, nullable: true })
  workingStatus: WorkflowState | null;

  /** Who last submitted the entry (or its working copy) for review: the four-eyes check needs it. */
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Who saved the content last (null for the seeder). */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  /** The version whose content is public now (or was, when last published). */
  @Column({ name: 'published_version', type: 'integer', nullable: true })
  publishedVersion: number | null;

  /** Last editorial change of any kind (a working revision's save included); updated_at stays the public copy's. */
  @Column({ name: 'edited_at', type: 'timestamptz', default: () => 'now()' })
  editedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  // Generated by the database for search; never written by the app.
  @Column({ name: 'search_text', type: 'text', select: false, insert: false, update: false, nullable: true })
  searchText?: string;

  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector?: string;
}
