import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { EntryEntity } from './entry.entity';

/** One issue of the newsletter; `structure` keeps the seed file's sections and groups as written. */
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

  @Column({ type: 'jsonb' })
  structure: unknown;

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
