import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Timestamped } from './timestamped';

/** A place entries apply to: CN, provinces, cities (GB/T 2260) and zones that admins add. */
@Entity({ name: 'regions' })
export class RegionEntity extends Timestamped {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  code: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 60, nullable: true })
  parentCode: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind: 'country' | 'province' | 'city' | 'zone';

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh: string;

  @Column({ name: 'short_en', type: 'text' })
  shortEn: string;

  @Column({ name: 'short_zh', type: 'text' })
  shortZh: string;

  @Column({ name: 'alt_names', type: 'text', array: true, default: () => "'{}'" })
  altNames: string[];

  @Column({ type: 'integer', default: 0 })
  sort: number;

  /** 'seed' rows follow the domain's list on every start; 'admin' rows are left alone. */
  @Column({ type: 'varchar', length: 10, default: 'seed' })
  origin: 'seed' | 'admin';
}
