import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { numericTransformer } from './columns';
import { EntryEntity } from './entry.entity';
import { EntryRow } from './entry-row';

/** A quantified target read from an entry; `position` keeps the document's order. */
@Entity({ name: 'entry_targets' })
@Index('entry_targets_metric_year_idx', ['metric', 'targetYear'])
export class EntryTargetEntity extends EntryRow {
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 120 })
  metric: string;

  /** Null means "the entry's own jurisdiction". */
  @Column({ type: 'varchar', length: 60, nullable: true })
  jurisdiction: string | null;

  @Column({ name: 'target_year', type: 'smallint' })
  targetYear: number;

  /** Null exactly for peak, neutrality and "as assigned" targets (a CHECK keeps it so). */
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  value: number | null;

  @Column({ name: 'value_max', type: 'numeric', nullable: true, transformer: numericTransformer })
  valueMax: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  unit: string | null;

  @Column({ type: 'varchar', length: 20 })
  comparison: string;

  @Column({ name: 'base_year', type: 'smallint', nullable: true })
  baseYear: number | null;

  @Column({ type: 'varchar', length: 20, default: 'exact' })
  qualifier: string;

  /** 力争 / "strive to". */
  @Column({ type: 'boolean', default: false })
  strive: boolean;

  /** The value is a total over cumulative_from..target_year. */
  @Column({ name: 'cumulative_from', type: 'smallint', nullable: true })
  cumulativeFrom: number | null;

  @Column({ name: 'source_text', type: 'text', nullable: true })
  sourceText: string | null;

  @Column({ name: 'source_language', type: 'varchar', length: 2, nullable: true })
  sourceLanguage: string | null;
}

/** An official statistic; it may come from an entry's document or stand alone (entry_id null). */
@Entity({ name: 'observations' })
@Index('observations_metric_jurisdiction_year_idx', ['metric', 'jurisdiction', 'year'])
export class ObservationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'entry_id', type: 'uuid', nullable: true })
  entryId: string | null;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'entry_id' })
  entry?: Relation<EntryEntity>;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 120 })
  metric: string;

  @Column({ type: 'varchar', length: 60 })
  jurisdiction: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'numeric', transformer: numericTransformer })
  value: number;

  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Column({ type: 'varchar', length: 20, default: 'level' })
  comparison: string;

  @Column({ name: 'base_year', type: 'smallint', nullable: true })
  baseYear: number | null;

  @Column({ type: 'varchar', length: 20, default: 'exact' })
  qualifier: string;

  @Column({ name: 'source_title', type: 'text' })
  sourceTitle: string;

  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl: string | null;

  @Column({ name: 'source_text', type: 'text', nullable: true })
  sourceText: string | null;
}

@Entity({ name: 'entry_sources' })
export class EntrySourceEntity extends EntryRow {
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** One of the entry's files (entry_files), for editors only. */
  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 2, default: 'zh' })
  language: string;

  @Column({ type: 'text', nullable: true })
  publisher: string | null;

  @Column({ type: 'boolean', default: true })
  official: boolean;
}

/** A typed link to another entry by slug, so it survives the other entry being added later. */
@Entity({ name: 'entry_relations' })
export class EntryRelationEntity extends EntryRow {
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 20 })
  type: string;

  @Column({ name: 'to_slug', type: 'varchar', length: 120 })
  toSlug: string;
}
