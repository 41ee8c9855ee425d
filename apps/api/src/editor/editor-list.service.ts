import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WorkflowState } from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import type { EditorListQuery } from './editor.schemas';
import { countByStatus, LIST_ORDER, listEntries } from './editor-list.queries';
import type { UserRef } from './users';

/** One row of the CMS entry list (the working copy's slug and title). */
export interface EntryListItem {
  id: string;
  slug: string;
  title: { en?: string; zh?: string };
  kind: string;
  jurisdiction: string;
  level: string;
  workflowStatus: WorkflowState;
  entryStatus: WorkflowState;
  hasWorkingRevision: boolean;
  version: number;
  authorId: string | null;
  author: UserRef | null;
  submittedBy: UserRef | null;
  updatedBy: UserRef | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  lastPublishedAt: string | null;
}

export interface Bucket {
  count: number;
  items: EntryListItem[];
}

const RECENT_DAYS = 30;
const BUCKET_SIZE = 10;

/** The CMS's lists: every entry the user may see, drafts included, by the state editors see. */
@Injectable()
export class EditorListService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: AuthUser, q: EditorListQuery) {
    const { items, total } = await listEntries(this.db, user, { statuses: q.status, mine: q.mine, q: q.q }, LIST_ORDER.lastEdited, q.pageSize, (q.page - 1) * q.pageSize);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** The CMS home: my drafts, returned to me, the review queue, what was published lately, and counts. */
  async dashboard(user: AuthUser) {
    const reviewer = user.roles.includes('reviewer') || user.roles.includes('admin');
    const bucket = (f: Parameters<typeof listEntries>[2], order: Parameters<typeof listEntries>[3]) => listEntries(this.db, user, f, order, BUCKET_SIZE, 0);
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
