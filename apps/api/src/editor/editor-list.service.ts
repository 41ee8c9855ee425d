import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Dashboard, DashboardBucket, EntryList, EntryListItem } from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import type { EditorListQuery } from './editor.schemas';
import { countByStatus, LIST_ORDER, listEntries } from './editor-list.queries';

/** One row of the CMS entry list, and a dashboard bucket: the domain's answer types. */
export type { EntryListItem };
export type Bucket = DashboardBucket;

const RECENT_DAYS = 30;
const BUCKET_SIZE = 10;

/** The CMS's lists: every entry the user may see, drafts included, by the state editors see. */
@Injectable()
export class EditorListService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: AuthUser, q: EditorListQuery): Promise<EntryList> {
    const { items, total } = await listEntries(
      this.db,
      user,
      { statuses: q.status, mine: q.mine, q: q.q },
      LIST_ORDER.lastEdited,
      q.pageSize,
      (q.page - 1) * q.pageSize,
    );
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** The CMS home: my drafts, returned to me, the review queue, what was published lately, and counts. */
  async dashboard(user: AuthUser): Promise<Dashboard> {
    const reviewer = user.roles.includes('reviewer') || user.roles.includes('admin');
    // A bucket is its count and first rows (the list's total is not part of the dashboard's answer).
    const bucket = async (f: Parameters<typeof listEntries>[2], order: Parameters<typeof listEntries>[3]): Promise<DashboardBucket> => {
      const { count, items } = await listEntries(this.db, user, f, order, BUCKET_SIZE, 0);
      return { count, items };
    };
    const [myDrafts, changesRequested, reviewQueue, readyToPublish, recentlyPublished, byStatus] = await Promise.all([
      bucket({ statuses: ['draft'], mine: true }, LIST_ORDER.lastEdited),
      bucket({ statuses: ['changes_requested'], mine: true }, LIST_ORDER.lastEdited),
      reviewer ? bucket({ statuses: ['in_review'] }, LIST_ORDER.longestWaiting) : null,
      reviewer ? bucket({ statuses: ['approved'] }, LIST_ORDER.leastRecentlyEdited) : null,
      bucket({ publishedWithinDays: RECENT_DAYS }, LIST_ORDER.lastPublished),
      countByStatus(this.db, user),
    ]);
    return { myDrafts, changesRequested, reviewQueue, readyToPublish, recentlyPublished, byStatus };
  }
}
