import { execute, firstRow, rowsOf, type Queryable } from '../database/sql';

/** SQL of subscribers and newsletter_sends (subscriptions, sending an issue, the send queue), typed. */

export type SubscriberLang = 'en' | 'zh';
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';
export const SEND_STATUSES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;
export type SendStatus = (typeof SEND_STATUSES)[number];

export interface SubscribedRow {
  id: string;
  lang: SubscriberLang;
  status: SubscriberStatus;
  generation: number;
  due: boolean;
}
export interface SubscriberRow {
  id: string;
  email: string;
  lang: SubscriberLang;
  status: SubscriberStatus;
}
export interface ClaimedSend {
  id: string;
  issue: number;
  subscriber_id: string;
  attempts: number;
}
export interface SendLogRow {
  status: SendStatus;
  attempts: number;
  error: string | null;
  sent_at: Date | null;
  updated_at: Date;
  email: string;
}

export const subscriberQueries = {
  /** Adds the address or wakes it (an unsubscribed one is pending again); `due`: a confirmation mail may go out now. */
  subscribe: async (db: Queryable, email: string, lang: SubscriberLang, resendMinutes: number) =>
    (await firstRow<SubscribedRow>(
      db,
      `WITH before AS (SELECT status FROM subscribers WHERE email = $1)
       INSERT INTO subscribers (email, lang) VALUES ($1, $2)
       ON CONFLICT (email) DO UPDATE SET
         lang = CASE WHEN subscribers.status = 'confirmed' THEN subscribers.lang ELSE EXCLUDED.lang END,
         status = CASE WHEN subscribers.status = 'unsubscribed' THEN 'pending' ELSE subscribers.status END,
         updated_at = now()
       RETURNING id, lang, status, generation,
         (confirmation_sent_at IS NULL OR confirmation_sent_at < now() - make_interval(mins => $3)
          OR (SELECT status FROM before) = 'unsubscribed') AS due`,
      [email, lang, resendMinutes],
    ))!,
  confirmationSent: (db: Queryable, id: string) => execute(db, `UPDATE subscribers SET confirmation_sent_at = now() WHERE id = $1`, [id]),
  /** Confirms a pending subscriber whose link is of the current generation; undefined when nothing changed. */
  confirm: (db: Queryable, id: string, generation: number) =>
    firstRow<{ lang: SubscriberLang }>(
      db,
      `UPDATE subscribers SET status = 'confirmed', confirmed_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'pending' AND generation = $2
        RETURNING lang`,
      [id, generation],
    ),
  state: (db: Queryable, id: string) =>
    firstRow<{ status: SubscriberStatus; lang: SubscriberLang }>(db, `SELECT status, lang FROM subscribers WHERE id = $1`, [id]),
  /** Ends the subscription (a new generation voids older confirmation links); undefined when the row is gone. */
  unsubscribe: (db: Queryable, id: string) =>
    firstRow<{ lang: SubscriberLang }>(
      db,
      `UPDATE subscribers SET status = 'unsubscribed', updated_at = now(),
                unsubscribed_at = CASE WHEN status = 'unsubscribed' THEN unsubscribed_at ELSE now() END,
                generation = CASE WHEN status = 'unsubscribed' THEN generation ELSE generation + 1 END
          WHERE id = $1 RETURNING lang`,
      [id],
    ),
  byId: (db: Queryable, id: string) => firstRow<SubscriberRow>(db, `SELECT id, email::text AS email, lang, status FROM subscribers WHERE id = $1`, [id]),
  countsByStatus: (db: Queryable) => rowsOf<{ status: SubscriberStatus; n: number }>(db, `SELECT status, count(*)::int AS n FROM subscribers GROUP BY status`),
  confirmedCount: async (db: Queryable) =>
    (await firstRow<{ confirmed: number }>(db, `SELECT count(*)::int AS confirmed FROM subscribers WHERE status = 'confirmed'`))!.confirmed,
};

export const sendQueries = {
  skipQueuedFor: (db: Queryable, subscriberId: string) =>
    execute(db, `UPDATE newsletter_sends SET status = 'skipped', error = 'unsubscribed', updated_at = now() WHERE subscriber_id = $1 AND status = 'queued'`, [
      subscriberId,
    ]),
  /** Queues the issue for every confirmed subscriber it has not been queued for; how many were queued. */
  enqueueIssue: async (db: Queryable, newsletterId: string, issue: number, userId: string) =>
    (
      await rowsOf(
        db,
        `INSERT INTO newsletter_sends (newsletter_id, subscriber_id, issue, created_by)
         SELECT $1, s.id, $2, $3 FROM subscribers s WHERE s.status = 'confirmed'
         ON CONFLICT (newsletter_id, subscriber_id) DO NOTHING RETURNING id`,
        [newsletterId, issue, userId],
      )
    ).length,
  countsByStatus: (db: Queryable, newsletterId: string) =>
    rowsOf<{ status: SendStatus; n: number }>(db, `SELECT status, count(*)::int AS n FROM newsletter_sends WHERE newsletter_id = $1 GROUP BY status`, [
      newsletterId,
    ]),
  log: (db: Queryable, newsletterId: string, limit: number, offset: number) =>
    rowsOf<SendLogRow>(
      db,
      `SELECT s.status, s.attempts, s.error, s.sent_at, s.updated_at, sub.email::text AS email
           FROM newsletter_sends s JOIN subscribers sub ON sub.id = s.subscriber_id
          WHERE s.newsletter_id = $1 ORDER BY s.id LIMIT $2 OFFSET $3`,
      [newsletterId, limit, offset],
    ),
  total: async (db: Queryable, newsletterId: string) =>
    (await firstRow<{ total: number }>(db, `SELECT count(*)::int AS total FROM newsletter_sends WHERE newsletter_id = $1`, [newsletterId]))!.total,

  // The send queue.
  requeueStale: (db: Queryable, minutes: number) =>
    execute(
      db,
      `UPDATE newsletter_sends SET status = 'queued', updated_at = now() WHERE status = 'sending' AND updated_at < now() - make_interval(mins => $1)`,
      [minutes],
    ),
  anyDue: async (db: Queryable) => !!(await firstRow(db, `SELECT 1 FROM newsletter_sends WHERE status = 'queued' LIMIT 1`)),
  claim: (db: Queryable, batchSize: number) =>
    rowsOf<ClaimedSend>(
      db,
      `UPDATE newsletter_sends SET status = 'sending', attempts = attempts + 1, updated_at = now()
          WHERE id IN (SELECT id FROM newsletter_sends WHERE status = 'queued' AND next_attempt_at <= now()
                        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id::text, issue, subscriber_id, attempts`,
      [batchSize],
    ),
  sent: (db: Queryable, id: string, messageId: string | null) =>
    execute(db, `UPDATE newsletter_sends SET status = 'sent', sent_at = now(), message_id = $2, error = NULL, updated_at = now() WHERE id = $1`, [
      id,
      messageId,
    ]),
  retry: (db: Queryable, id: string, error: string, delaySeconds: number) =>
    execute(
      db,
      `UPDATE newsletter_sends SET status = 'queued', error = $2, next_attempt_at = now() + make_interval(secs => $3), updated_at = now() WHERE id = $1`,
      [id, error, delaySeconds],
    ),
  finish: (db: Queryable, id: string, status: 'skipped' | 'failed', error: string) =>
    execute(db, `UPDATE newsletter_sends SET status = $2, error = $3, updated_at = now() WHERE id = $1`, [id, status, error]),
  /** Milliseconds until the earliest retry is due, or null when nothing waits. */
  msUntilNextRetry: async (db: Queryable) =>
    (await firstRow<{ wait: number | string | null }>(
      db,
      `SELECT extract(epoch FROM min(next_attempt_at) - now()) * 1000 AS wait FROM newsletter_sends WHERE status = 'queued'`,
    ))!.wait,
};
