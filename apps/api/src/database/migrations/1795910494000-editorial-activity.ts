import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is where in the CMS, and what happened, kept in PostgreSQL so that every API process and
 * replica agrees:
 * - entry_presence: one row per person with an entry open, refreshed by a heartbeat; `editing`
 *   marks the one person who holds the entry (others are told before they type, and may take over);
 * - editorial_events: workflow moves and comments, read by the CMS's polling feed (dashboard and
 *   entry pages update when a colleague submits, approves or comments);
 * - notification_mails: mail to people something waits on, sent by a queue any process may work
 *   (FOR UPDATE SKIP LOCKED); users.notify_by_email is each account's opt-out.
 */
export class EditorialActivity1795910494000 implements MigrationInterface {
  name = 'EditorialActivity1795910494000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE entry_presence (
        entry_id      uuid NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        since         timestamptz NOT NULL DEFAULT now(),
        seen_at       timestamptz NOT NULL DEFAULT now(),
        editing       boolean NOT NULL DEFAULT false,
        editing_since timestamptz,
        PRIMARY KEY (entry_id, user_id)
      )`);
    await q.query(`CREATE INDEX entry_presence_seen_idx ON entry_presence (seen_at)`);
    await q.query(`
      CREATE TABLE editorial_events (
        id         bigserial PRIMARY KEY,
        entry_id   uuid NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        kind       varchar(30) NOT NULL,
        actor_id   uuid REFERENCES users(id) ON DELETE SET NULL,
        comment    text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX editorial_events_created_idx ON editorial_events (created_at)`);
    await q.query(`ALTER TABLE users ADD COLUMN notify_by_email boolean NOT NULL DEFAULT true`);
    await q.query(`
      CREATE TABLE notification_mails (
        id         bigserial PRIMARY KEY,
        user_id    uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        event_id   bigint NOT NULL REFERENCES editorial_events(id) ON DELETE CASCADE,
        status     varchar(10) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','sending','sent','failed','skipped')),
        attempts   int NOT NULL DEFAULT 0,
        next_at    timestamptz NOT NULL DEFAULT now(),
        error      text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, event_id)
      )`);
    await q.query(`CREATE INDEX notification_mails_due_idx ON notification_mails (next_at) WHERE status = 'queued'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_mails`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS notify_by_email`);
    await q.query(`DROP TABLE IF EXISTS editorial_events`);
    await q.query(`DROP TABLE IF EXISTS entry_presence`);
  }
}
