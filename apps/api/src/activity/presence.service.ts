import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mayEditContent } from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import { entryNotFound } from '../editor/editor.errors';
import { canSee } from '../editor/visibility';
import { findEntry, isEditable } from '../editor/entry-store';
import { presenceQueries } from './activity.queries';
import type { HeartbeatBody } from './activity.schemas';

/** How often the CMS beats, and after how long without a beat someone counts as gone. */
export const HEARTBEAT_SECONDS = 15;
export const STALE_AFTER_SECONDS = 45;

/**
 * Who has an entry open and who holds it, from heartbeats in PostgreSQL (so every API process and
 * replica agrees). The first person to open an editable entry holds it; others are told before they
 * type and may take over (the holder's page then saves and turns read-only). Advisory: saves are still
 * protected by the version check, whoever holds the entry.
 */
@Injectable()
export class PresenceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async beat(entryId: string, body: HeartbeatBody, user: AuthUser) {
    const e = await findEntry(this.db.manager, entryId);
    if (!e || !canSee(e, user)) throw entryNotFound(entryId);
    const mayHold = body.editing && isEditable(e) && mayEditContent(user);
    const hold = !mayHold ? 'release' : body.takeOver ? 'take-over' : 'hold';
    const present = await this.db.transaction((m) => presenceQueries.beat(m, entryId, user.id, STALE_AFTER_SECONDS, hold));
    if (Math.random() < 0.01) void presenceQueries.forgetOld(this.db).catch(() => undefined);
    const pulse = (await presenceQueries.pulse(this.db, entryId))!;
    const holder = present.find((p) => p.editing);
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '');
    return {
      you: { editing: holder?.user_id === user.id },
      editor: holder ? { user: holder.user, since: iso(holder.editing_since ?? holder.since) } : null,
      present: present.map((p) => ({ user: p.user, since: iso(p.since), seenAt: iso(p.seen_at), editing: p.editing })),
      entry: {
        version: pulse.version,
        workflowStatus: pulse.working_status ?? pulse.workflow_status,
        workingStatus: pulse.working_status,
        openComments: pulse.open_comments,
        lastEvent: Number(pulse.last_event ?? 0),
      },
      heartbeatSeconds: HEARTBEAT_SECONDS,
      staleAfterSeconds: STALE_AFTER_SECONDS,
    };
  }

  /** The tab closed or left the entry. */
  async leave(entryId: string, user: AuthUser): Promise<void> {
    const e = await findEntry(this.db.manager, entryId);
    if (!e || !canSee(e, user)) throw entryNotFound(entryId);
    await presenceQueries.leave(this.db, entryId, user.id);
  }
}
