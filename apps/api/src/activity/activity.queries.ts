import type { WorkflowState } from '@dualcarbon/domain';
import { affectedBy, execute, firstRow, rowsOf, type Queryable } from '../database/sql';
import { userJson, type UserRef } from '../editor/users';
import { visibleInCmsSql } from '../editor/visibility';
import type { NotificationContent } from './notification-mail';

/** SQL of presence, the activity feed and notification mail (one place; callers pass parameters). */

/** Serialises heartbeats of one entry (two people taking over at once get an order). $1 entry id. */
export const LOCK_ENTRY_PRESENCE = `SELECT pg_advisory_xact_lock(hashtextextended('entry-presence:' || $1::text, 0))`;

/** My heartbeat: a stay that had lapsed ($3 seconds without a beat) starts afresh, without the entry. */
export const BEAT = `
  INSERT INTO entry_presence (entry_id, user_id) VALUES ($1, $2)
  ON CONFLICT (entry_id, user_id) DO UPDATE SET
    since = CASE WHEN entry_presence.seen_at < now() - make_interval(secs => $3) THEN now() ELSE entry_presence.since END,
    editing = entry_presence.editing AND entry_presence.seen_at >= now() - make_interval(secs => $3),
    seen_at = now()`;

/** Whoever else holds the entry (a fresh beat within $3 seconds). */
export const OTHER_HOLDER = `
  SELECT user_id FROM entry_presence
   WHERE entry_id = $1 AND editing AND user_id <> $2 AND seen_at >= now() - make_interval(secs => $3)`;

/** Makes $2 the one who holds the entry (keeping their editing_since when they held it already). */
export const HOLD = `
  UPDATE entry_presence SET
    editing = (user_id = $2),
    editing_since = CASE WHEN user_id = $2 THEN CASE WHEN editing THEN coalesce(editing_since, now()) ELSE now() END END
   WHERE entry_id = $1 AND (editing OR user_id = $2)`;

export const RELEASE = `UPDATE entry_presence SET editing = false, editing_since = NULL WHERE entry_id = $1 AND user_id = $2`;

export const LEAVE = `DELETE FROM entry_presence WHERE entry_id = $1 AND user_id = $2`;

/** Everyone with the entry open now (a beat within $2 seconds), longest first. */
export const PRESENT = `
  SELECT p.user_id, p.since, p.seen_at, p.editing, p.editing_since, ${userJson('p.user_id')} AS "user"
    FROM entry_presence p
   WHERE p.entry_id = $1 AND p.seen_at >= now() - make_interval(secs => $2)
   ORDER BY p.since, p.user_id`;

/** Rows nobody has refreshed for a day: closed tabs that never said goodbye. */
export const FORGET_OLD_PRESENCE = `DELETE FROM entry_presence WHERE seen_at < now() - interval '1 day'`;

/** What the entry page compares with what it shows. */
export const ENTRY_PULSE = `
  SELECT e.version, e.workflow_status, e.working_status,
         (SELECT count(*)::int FROM entry_comments c WHERE c.entry_id = e.id AND c.resolved_at IS NULL) AS open_comments,
         (SELECT max(v.id) FROM editorial_events v WHERE v.entry_id = e.id) AS last_event
    FROM entries e WHERE e.id = $1`;

export const INSERT_EVENT = `INSERT INTO editorial_events (entry_id, kind, actor_id, comment) VALUES ($1, $2, $3, $4) RETURNING id`;

/**
 * The feed after event $1 for a user ($2, admin: $3), of one entry when $4 is given. Ids are taken in commit order only roughly, so
 * the last 15 seconds are sent again every time and the client keeps the ids it has seen.
 */
export const FEED = `
  SELECT v.id, v.entry_id, v.kind, v.comment, v.created_at, ${userJson('v.actor_id')} AS actor,
         coalesce(e.working_data -> 'title', jsonb_strip_nulls(jsonb_build_object('en', e.title_en, 'zh', e.title_zh))) AS title
    FROM editorial_events v JOIN entries e ON e.id = v.entry_id
   WHERE (v.id > $1 OR v.created_at > now() - interval '15 seconds')
     AND e.deleted_at IS NULL AND ${visibleInCmsSql('e', '$2', '$3')}
     AND ($4::uuid IS NULL OR v.entry_id = $4::uuid)
   ORDER BY v.id
   LIMIT 100`;

export const LAST_EVENT = `SELECT coalesce(max(id), 0)::bigint AS id FROM editorial_events`;

/**
 * Who an event waits on, mailed unless they opted out: a submission waits on reviewers and admins; a
 * change request and a comment on the entry's author and its submitter. Never the actor; only active
 * accounts. $1 event id, $2 kind, $3 entry id, $4 actor.
 */
export const ENQUEUE_MAIL = `
  INSERT INTO notification_mails (user_id, event_id)
  SELECT u.id, $1 FROM users u
   WHERE u.active AND u.notify_by_email AND u.id IS DISTINCT FROM $4::uuid
     AND CASE
           WHEN $2 = 'submit' THEN u.roles && ARRAY['reviewer', 'admin']::text[]
           WHEN $2 IN ('request_changes', 'comment') THEN u.id IN (SELECT x FROM entries e, unnest(ARRAY[e.author_id, e.submitted_by]) AS x WHERE e.id = $3)
           ELSE false
         END
  ON CONFLICT DO NOTHING
  RETURNING id`;

/** Claims due mail (several processes share the queue). $1 batch size. */
export const CLAIM_MAIL = `
  UPDATE notification_mails m SET status = 'sending', attempts = attempts + 1, updated_at = now()
   WHERE m.id IN (SELECT id FROM notification_mails WHERE status = 'queued' AND next_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
  RETURNING m.id, m.user_id, m.event_id, m.attempts`;

/** Everything a mail says, read when it is sent (a person who opted out meanwhile gets nothing). */
export const MAIL_CONTENT = `
  SELECT u.email::text AS email, u.name AS user_name, u.notify_by_email AND u.active AS wanted,
         v.kind, v.comment, v.entry_id, a.name AS actor_name,
         coalesce(e.working_data -> 'title', jsonb_strip_nulls(jsonb_build_object('en', e.title_en, 'zh', e.title_zh))) AS title
    FROM notification_mails m
    JOIN users u ON u.id = m.user_id
    JOIN editorial_events v ON v.id = m.event_id
    JOIN entries e ON e.id = v.entry_id
    LEFT JOIN users a ON a.id = v.actor_id
   WHERE m.id = $1`;

export const MAIL_DONE = `UPDATE notification_mails SET status = $2, error = $3, updated_at = now() WHERE id = $1`;
export const MAIL_RETRY = `UPDATE notification_mails SET status = 'queued', error = $2, next_at = now() + make_interval(secs => $3), updated_at = now() WHERE id = $1`;
/** Mail left 'sending' by a process that died. */
export const REQUEUE_STALE_MAIL = `UPDATE notification_mails SET status = 'queued', updated_at = now() WHERE status = 'sending' AND updated_at < now() - interval '10 minutes'`;

export const GET_SETTINGS = `SELECT notify_by_email FROM users WHERE id = $1`;
export const SET_SETTINGS = `UPDATE users SET notify_by_email = $2, updated_at = now() WHERE id = $1 RETURNING notify_by_email`;

// Typed calls: the services run these and never the SQL above.

export interface PresentRow {
  user_id: string;
  since: Date;
  seen_at: Date;
  editing: boolean;
  editing_since: Date | null;
  user: UserRef | null;
}
export interface EntryPulseRow {
  version: number;
  workflow_status: WorkflowState;
  working_status: WorkflowState | null;
  open_comments: number;
  last_event: string | null;
}
export interface FeedRow {
  id: string;
  entry_id: string;
  kind: string;
  comment: string | null;
  created_at: Date;
  actor: UserRef | null;
  title: { en?: string; zh?: string } | null;
}
export interface ClaimedMail {
  id: string;
  user_id: string;
  event_id: string;
  attempts: number;
}
export type MailContentRow = NotificationContent & { wanted: boolean };

export const presenceQueries = {
  /** One heartbeat inside the caller's transaction: the entry's lock, my beat, and (when I may) who holds it. */
  async beat(m: Queryable, entryId: string, userId: string, staleAfterSeconds: number, hold: 'hold' | 'take-over' | 'release'): Promise<PresentRow[]> {
    await execute(m, LOCK_ENTRY_PRESENCE, [entryId]);
    await execute(m, BEAT, [entryId, userId, staleAfterSeconds]);
    if (hold === 'release') await execute(m, RELEASE, [entryId, userId]);
    else {
      const other = await firstRow(m, OTHER_HOLDER, [entryId, userId, staleAfterSeconds]);
      if (!other || hold === 'take-over') await execute(m, HOLD, [entryId, userId]);
    }
    return rowsOf<PresentRow>(m, PRESENT, [entryId, staleAfterSeconds]);
  },
  forgetOld: (db: Queryable) => execute(db, FORGET_OLD_PRESENCE),
  pulse: (db: Queryable, entryId: string) => firstRow<EntryPulseRow>(db, ENTRY_PULSE, [entryId]),
  leave: (db: Queryable, entryId: string, userId: string) => execute(db, LEAVE, [entryId, userId]),
};

export const activityQueries = {
  async lastEvent(db: Queryable): Promise<number> {
    const row = await firstRow<{ id: string }>(db, LAST_EVENT);
    return Number(row!.id);
  },
  feed: (db: Queryable, after: number, userId: string, admin: boolean, entryId: string | null) => rowsOf<FeedRow>(db, FEED, [after, userId, admin, entryId]),
  notifyByEmail: async (db: Queryable, userId: string) => !!(await firstRow<{ notify_by_email: boolean }>(db, GET_SETTINGS, [userId]))?.notify_by_email,
  setNotifyByEmail: async (db: Queryable, userId: string, email: boolean) =>
    !!(await firstRow<{ notify_by_email: boolean }>(db, SET_SETTINGS, [userId, email]))?.notify_by_email,
};

export const notificationMailQueries = {
  requeueStale: (db: Queryable) => affectedBy(db, REQUEUE_STALE_MAIL),
  claim: (db: Queryable, batchSize: number) => rowsOf<ClaimedMail>(db, CLAIM_MAIL, [batchSize]),
  content: (db: Queryable, id: string) => firstRow<MailContentRow>(db, MAIL_CONTENT, [id]),
  done: (db: Queryable, id: string, status: 'sent' | 'skipped' | 'failed', error: string | null) => execute(db, MAIL_DONE, [id, status, error]),
  retry: (db: Queryable, id: string, error: string, delaySeconds: number) => execute(db, MAIL_RETRY, [id, error, delaySeconds]),
};
