import { Column, DeleteDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Timestamped } from './timestamped';

export const TAXONOMIES = ['sector', 'instrument_type', 'theme', 'metric', 'issuing_body'] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

/** A term of an open taxonomy (sectors, instrument types, themes, metrics, issuing bodies). */
@Entity({ name: 'taxonomy_terms' })
@Unique('taxonomy_terms_taxonomy_code_key', ['taxonomy', 'code'])
export class TaxonomyTermEntity extends Timestamped {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 40 })
  taxonomy: Taxonomy;

  @Column({ type: 'varchar', length: 120 })
  code: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 120, nullable: true })
  parentCode: string | null;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'label_zh', type: 'text' })
  labelZh: string;

  @Column({ type: 'integer', default: 0 })
  sort: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  /** Metrics only: canonical unit and usual comparison. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  unit: string | null;

  @Column({ name: 'default_comparison', type: 'varchar', length: 20, nullable: true })
  defaultComparison: string | null;

  @Column({ type: 'varchar', length: 10, default: 'seed' })
  origin: 'seed' | 'admin';

  /** Deleted or merged by an admin: kept as a tombstone (origin 'admin') so the seeder never restores it. */
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** The term a merged term's entries were re-tagged to. */
  @Column({ name: 'merged_into', type: 'varchar', length: 120, nullable: true })
  mergedInto: string | null;
}
