import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordActivity } from '../activity/activity-events';
import { NotificationQueue } from '../activity/notification-queue.service';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import type { CommentBody, CommentListQuery } from '../editor/editor.schemas';
import { findVisibleEntry } from '../editor/entry-store';
import { findComment, findComments, insertComment, resolveComment, type EntryComment } from './comments.repository';
import { commentNotFound } from './review.errors';

/** Reviewers' (and editors') comments on a whole entry or on one field. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    @Optional() private readonly mail?: NotificationQueue,
  ) {}

  async list(entryId: string, q: CommentListQuery, user: AuthUser): Promise<{ items: EntryComment[]; total: number }> {
    await findVisibleEntry(this.db.manager, entryId, user);
    const items = await findComments(this.db.manager, entryId, q.resolved);
    return { items, total: items.length };
  }

  async add(entryId: string, body: CommentBody, user: AuthUser, meta: RequestMeta): Promise<EntryComment> {
    const entry = await findVisibleEntry(this.db.manager, entryId, user);
    let mails = 0;
    const comment = await this.db.transaction(async (m) => {
      const id = await insertComment(m, { entryId, authorId: user.id, body: body.body, field: body.field, version: entry.version });
      const comment = (await findComment(m, entryId, id))!;
      await this.audit.record({ actorId: user.id, action: 'comment.create', entityType: 'entry_comment', entityId: id, after: comment, ...meta }, m);
      mails = await recordActivity(m, { entryId, kind: 'comment', actorId: user.id, comment: body.body });
      return comment;
    });
    if (mails) this.mail?.kick();
    return comment;
  }

  /** Marks a comment as dealt with; resolving it again changes nothing. */
  async resolve(entryId: string, commentId: string, user: AuthUser, meta: RequestMeta): Promise<EntryComment> {
    await findVisibleEntry(this.db.manager, entryId, user);
    return this.db.transaction(async (m) => {
      const before = await findComment(m, entryId, commentId);
      if (!before) throw commentNotFound(commentId);
      if (before.resolvedAt) return before;
      await resolveComment(m, commentId, user.id);
      const after = (await findComment(m, entryId, commentId))!;
      await recordActivity(m, { entryId, kind: 'comment_resolved', actorId: user.id });
      await this.audit.record(
        {
          actorId: user.id,
          action: 'comment.resolve',
          entityType: 'entry_comment',
          entityId: commentId,
          before: { resolvedAt: null },
          after: { resolvedAt: after.resolvedAt },
          ...meta,
        },
        m,
      );
      return after;
    });
  }
}
