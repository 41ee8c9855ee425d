import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decideTransition, type EntryDetail } from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import { recordActivity } from '../activity/activity-events';
import { NotificationQueue } from '../activity/notification-queue.service';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import { EditorEntriesService } from '../editor/editor-entries.service';
import { entryNotFound, isSlugViolation, slugTakenByRace, staleVersion } from '../editor/editor.errors';
import type { TransitionBody } from '../editor/editor.schemas';
import { canSee, workflowAuthor } from '../editor/entry-detail';
import { effectiveStatus, findEntry } from '../editor/entry-store';
import { EntryVersionConflictError } from '../entries/entry.writer';
import { DataVersionService } from '../http/data-version.service';
import { insertComment } from './comments.repository';
import { workflowError } from './review.errors';
import { applyTransition } from './transition-effects';
import { transitionScope } from './workflow-scope';

class StaleRead extends Error {}

interface StateRow {
  workflow_status: string;
  working_status: string | null;
  version: number;
}

/** Every workflow move, decided by the domain's decideTransition with the row locked. */
@Injectable()
export class TransitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly entries: EditorEntriesService,
    private readonly audit: AuditService,
    @Optional() private readonly dataVersion?: DataVersionService,
    @Optional() private readonly mail?: NotificationQueue,
  ) {}

  async apply(id: string, body: TransitionBody, user: AuthUser, meta: RequestMeta): Promise<EntryDetail> {
    let publishing = '';
    let mails = 0;
    try {
      await this.db.transaction(async (m) => {
        const e = await findEntry(m, id, true);
        if (!e || !canSee(e, user)) throw entryNotFound(id);
        if (body.version !== undefined && body.version !== e.version) throw new StaleRead();
        const { scope, from } = transitionScope(e, body.action);
        const decision = decideTransition({
          from, action: body.action, actor: user, authorId: await workflowAuthor(m, e, user), submitterId: e.submittedBy, comment: body.comment, scope,
        });
        if (!decision.ok) throw workflowError(decision);

        const before = { status: effectiveStatus(e), entryStatus: e.workflowStatus, workingStatus: e.workingStatus, version: e.version };
        const slug = e.slug;
        publishing = (e.workingData as { slug?: string } | null)?.slug ?? slug;
        await applyTransition(m, e, scope, body.action, decision.to, user.id);
        const [after]: StateRow[] = await m.query(`SELECT workflow_status, working_status, version FROM entries WHERE id = $1`, [id]);
        const commentId = body.comment
          ? await insertComment(m, { entryId: id, authorId: user.id, body: body.comment, action: body.action, version: before.version })
          : null;
        mails = await recordActivity(m, { entryId: id, kind: body.action, actorId: user.id, comment: body.comment });
        await m.query(
          `INSERT INTO entry_transitions (entry_id, action, scope, from_status, to_status, actor_id, comment_id, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [id, body.action, scope, from, decision.to, user.id, commentId, after.version],
        );
        await this.audit.record(
          {
            actorId: user.id, action: `entry.${body.action}`, entityType: 'entry', entityId: id, before: { ...before, slug },
            after: { status: after.working_status ?? after.workflow_status, entryStatus: after.workflow_status, workingStatus: after.working_status, version: after.version, scope, comment: body.comment ?? null },
            ...meta,
          },
          m,
        );
      });
    } catch (err) {
      if (err instanceof StaleRead || err instanceof EntryVersionConflictError) throw staleVersion(body.version ?? 0, await this.entries.current(id));
      if (isSlugViolation(err)) throw slugTakenByRace(publishing);
      throw err;
    }
    // Publishing, unpublishing and archiving change what the public API serves: no second of stale caches.
    this.dataVersion?.invalidate();
    if (mails) this.mail?.kick();
    return this.entries.get(id, user);
  }
}
