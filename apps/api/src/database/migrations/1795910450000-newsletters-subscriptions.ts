import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATES = `'draft','in_review','changes_requested','approved','published','unpublished','archived','trashed'`;

/**
 * Newsletter issues as editorial documents, subscribers, and the send log.
 *
 * - `newsletters` (keyed by issue number) gains an id, the period, the working copy (`data`, the
 *   domain's NewsletterIssue) and the public copy (`published_data`), the same workflow columns as
 *   entries and a version for optimistic locking. Until now the table only held copies of the seed
 *   files, which nobody could edit: they are removed and the seeder writes them again in the new shape.
 * - `newsletter_revisions`: every saved state; `newsletter_transitions`: workflow history with comments.
 * - `subscribers` (double opt-in), `subscription_requests` (per-IP rate limit), `newsletter_sends`
 *   (one row per issue and subscriber: the unique pair makes sending idempotent).
 */
export class NewslettersSubscriptions1795910450000 implements MigrationInterface {
  name = 'NewslettersSubscriptions1795910450000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM newsletters`);
    await q.query(`DELETE FROM seed_runs WHERE name = 'newsletters'`);
    await q.query(`
      ALTER TABLE newsletters
        ALTER COLUMN structure DROP NOT NULL,
        ADD COLUMN id                uuid NOT NULL DEFAULT gen_random_uuid(),
        ADD COLUMN period_from       date NOT NULL,
        ADD COLUMN period_to         date NOT NULL,
        ADD COLUMN data              jsonb NOT NULL,
        ADD COLUMN published_data    jsonb,
        ADD COLUMN workflow_status   varchar(30) NOT NULL DEFAULT 'draft' CHECK (workflow_status IN (${STATES})),
        ADD COLUMN working_status    varchar(30) CHECK (working_status IN ('draft','in_review','changes_requested','approved')),
        ADD COLUMN version           integer NOT NULL DEFAULT 1,
        ADD COLUMN author_id         uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN submitted_by      uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN submitted_at      timestamptz,
        ADD COLUMN updated_by        uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN published_at      timestamptz,
        ADD COLUMN published_version integer,
        ADD CONSTRAINT newsletters_id_key UNIQUE (id),
        ADD CONSTRAINT newsletters_period_order CHECK (period_from <= period_to),
        ADD CONSTRAINT newsletters_working_only_when_live CHECK (working_status IS NULL OR workflow_status = 'published'),
        ADD CONSTRAINT newsletters_public_copy CHECK (workflow_status <> 'published' OR published_data IS NOT NULL)`);
    await q.query(`CREATE INDEX newsletters_editorial_status_idx ON newsletters ((coalesce(working_status, workflow_status)), updated_at DESC)`);

    await q.query(`
      CREATE TABLE newsletter_revisions (
        newsletter_id   uuid NOT NULL REFERENCES newsletters(id) ON DELETE CASCADE,
        version         integer NOT NULL,
        workflow_status varchar(30) NOT NULL,
        data            jsonb NOT NULL,
        created_by      uuid REFERENCES users(id) ON DELETE SET NULL,
        note            varchar(40),
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (newsletter_id, version)
      )`);
    await q.query(`
      CREATE TABLE newsletter_transitions (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        newsletter_id uuid NOT NULL REFERENCES newsletters(id) ON DELETE CASCADE,
        action        varchar(30) NOT NULL,
        scope         varchar(10) NOT NULL CHECK (scope IN ('entry','working')),
        from_status   varchar(30) NOT NULL,
        to_status     varchar(30) NOT NULL,
        actor_id      uuid REFERENCES users(id) ON DELETE SET NULL,
        comment       text,
        version       integer NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX newsletter_transitions_newsletter_idx ON newsletter_transitions (newsletter_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE subscribers (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email                citext NOT NULL,
        lang                 varchar(2) NOT NULL DEFAULT 'en' CHECK (lang IN ('en','zh')),
        status               varchar(15) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','confirmed','unsubscribed')),
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        confirmation_sent_at timestamptz,
        confirmed_at         timestamptz,
        unsubscribed_at      timestamptz,
        generation           integer NOT NULL DEFAULT 0,
        CONSTRAINT subscribers_email_key UNIQUE (email),
        CONSTRAINT subscribers_email_normalised CHECK (email::text = lower(btrim(email::text)) AND length(email::text) BETWEEN 3 AND 320)
      )`);
    await q.query(`CREATE INDEX subscribers_status_idx ON subscribers (status)`);

    await q.query(`
      CREATE TABLE subscription_requests (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        ip text NOT NULL
      )`);
    await q.query(`CREATE INDEX subscription_requests_ip_idx ON subscription_requests (ip, at)`);

    await q.query(`
      CREATE TABLE newsletter_sends (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        newsletter_id   uuid NOT NULL REFERENCES newsletters(id) ON DELETE CASCADE,
        subscriber_id   uuid NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
        issue           integer NOT NULL,
        status          varchar(10) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','sending','sent','failed','skipped')),
        attempts        integer NOT NULL DEFAULT 0,
        error           text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at         timestamptz,
        message_id      text,
        created_by      uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT newsletter_sends_once UNIQUE (newsletter_id, subscriber_id)
      )`);
    await q.query(`CREATE INDEX newsletter_sends_due_idx ON newsletter_sends (next_attempt_at) WHERE status = 'queued'`);
    await q.query(`CREATE INDEX newsletter_sends_subscriber_idx ON newsletter_sends (subscriber_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['newsletter_sends', 'subscription_requests', 'subscribers', 'newsletter_transitions', 'newsletter_revisions']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DELETE FROM newsletters`);
    await q.query(`DELETE FROM seed_runs WHERE name = 'newsletters'`);
    await q.query(`DROP INDEX IF EXISTS newsletters_editorial_status_idx`);
    await q.query(`
      ALTER TABLE newsletters
        DROP CONSTRAINT IF EXISTS newsletters_public_copy,
        DROP CONSTRAINT IF EXISTS newsletters_working_only_when_live,
        DROP CONSTRAINT IF EXISTS newsletters_period_order,
        DROP CONSTRAINT IF EXISTS newsletters_id_key,
        DROP COLUMN published_version, DROP COLUMN published_at, DROP COLUMN updated_by, DROP COLUMN submitted_at,
        DROP COLUMN submitted_by, DROP COLUMN author_id, DROP COLUMN version, DROP COLUMN working_status,
        DROP COLUMN workflow_status, DROP COLUMN published_data, DROP COLUMN data, DROP COLUMN period_to,
        DROP COLUMN period_from, DROP COLUMN id,
        ALTER COLUMN structure SET NOT NULL`);
  }
}
