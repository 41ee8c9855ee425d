import { Column, Entity, Index } from 'typeorm';
import { EntryRow } from './entry-row';

/** Where an entry appeared in an issue (an entry's `newsletter` field). No FK to newsletters: an entry may cite an issue not loaded yet. */
@Entity({ name: 'newsletter_placements' })
@Index('newsletter_placements_issue_idx', ['issue', 'section', 'position'])
export class NewsletterPlacementEntity extends EntryRow {
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
