import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decideTransition, type EntryDetail, type WorkflowAction } from '@dualcarbon/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { StaleRead } from '../database/sql';
import { recordActivity } from '../activity/activity-events';
import { NotificationQueue } from '../activity/notification-queue.service';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import { EditorEntriesService } from '../editor/editor-entries.service';
import { entryNotFound, isSlugViolation, slugTakenByRace, staleVersion } from '../editor/editor.errors';
import type { TransitionBody } from '../editor/editor.schemas';
import { workflowAuthor } from '../editor/entry-detail';
import type { EntryEntity } from '../database/entities';
import { effectiveStatus, findEntry } from '../editor/entry-store';
import { EntryVersionConflictError } from '../entries/entry.writer';
import { DataVersionService } from '../http/data-version.service';
import { insertComment } from './comments.repository';
import { applyTransition } from './transition-effects';
import type { WorkflowStateRow } from './transitions.queries';
import { runWorkflowTransition, type Move, type WorkflowSubject } from './workflow-transition';

/** Every workflow move of an entry: the one workflow transition (runWorkflowTransition) over the domain's machine. */
@Injectable()
export class TransitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly entries: EditorEntriesService,
    private readonly audit: AuditService,
    @Optional() private readonly dataVersion?: DataVersionService,
    @Optional() private readonly mail?: NotificationQueue,
  ) {}

  /**
   * Entries under the workflow: comments are rows of their own, and a move records activity (how many
   * mails it queued lands in `outcome.mails`). `outcome.publishing`: the slug the move may publish.
   */
  private subject(outcome: { mails: number; publishing: string }): WorkflowSubject<EntryEntity> {
    return {
      table: 'entries',
      entityType: 'entry',
      find: (m: EntityManager, id: string) => findEntry(m, id, true),
      notFound: entryNotFound,
      decide: decideTransition,
      authorFor: workflowAuthor,
      apply: (m: EntityManager, e: EntryEntity, move: Move) => {
        outcome.publishing = (e.workingData as { slug?: string } | null)?.slug ?? e.slug;
        return applyTransition(m, e, move.scope, move.action as WorkflowAction, move.to, move.actorId);
      },
      recordAlongside: async (m: EntityManager, e: EntryEntity, move: Move) => {
        const commentId = move.comment
          ? await insertComment(m, { entryId: e.id, authorId: move.actorId, body: move.comment, action: move.action, version: e.version })
          : null;
        outcome.mails = await recordActivity(m, { entryId: e.id, kind: move.action, actorId: move.actorId, comment: move.comment ?? undefined });
        return { id: commentId };
      },
      auditBefore: (e: EntryEntity) => ({
        status: effectiveStatus(e),
        entryStatus: e.workflowStatus,
        workingStatus: e.workingStatus,
        version: e.version,
        slug: e.slug,
      }),
      auditAfter: (a: WorkflowStateRow) => ({ status: a.working_status ?? a.workflow_status, entryStatus: a.workflow_status, workingStatus: a.working_status }),
    };
  }

  async apply(id: string, body: TransitionBody, user: AuthUser, meta: RequestMeta): Promise<EntryDetail> {
    const outcome = { mails: 0, publishing: '' };
    try {
      await this.db.transaction((m) => runWorkflowTransition(m, this.subject(outcome), id, body, user, meta, this.audit));
    } catch (err) {
      if (err instanceof StaleRead || err instanceof EntryVersionConflictError) throw staleVersion(body.version ?? 0, await this.entries.current(id));
      if (isSlugViolation(err)) throw slugTakenByRace(outcome.publishing);
      throw err;
    }
    // Publishing, unpublishing and archiving change what the public API serves: no second of stale caches.
    this.dataVersion?.invalidate();
    if (outcome.mails) this.mail?.kick();
    return this.entries.get(id, user);
  }
}
