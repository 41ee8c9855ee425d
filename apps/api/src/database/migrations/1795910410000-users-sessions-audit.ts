import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = `'editor','reviewer','admin'`;

/**
 * Accounts, sessions, login attempts and the append-only audit log. Session tokens are stored only
 * as SHA-256 digests; audit_log refuses UPDATE, DELETE and TRUNCATE through triggers.
 */
export class UsersSessionsAudit1795910410000 implements MigrationInterface {
  name = 'UsersSessionsAudit1795910410000';

  async up(q: QueryRunner): Promise<void> {
    // Trusted extension (PostgreSQL 13+): the database owner may create it.
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);

    await q.query(`
      CREATE TABLE users (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email         citext NOT NULL,
        name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        password_hash text NOT NULL,
        roles         text[] NOT NULL DEFAULT '{}' CHECK (roles <@ ARRAY[${ROLES}]::text[]),
        active        boolean NOT NULL DEFAULT true,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        CONSTRAINT users_email_normalised CHECK (email::text = lower(btrim(email::text)) AND length(email::text) BETWEEN 3 AND 320),
        CONSTRAINT users_email_key UNIQUE (email)
      )`);
    await q.query(`CREATE INDEX users_roles_gin ON users USING gin (roles)`);

    await q.query(`
      ALTER TABLE entries
        ADD CONSTRAINT entries_author_id_fkey FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX entries_author_id_idx ON entries (author_id)`);

    await q.query(`
      CREATE TABLE sessions (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash   bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
        user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at   timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        max_expires_at timestamptz NOT NULL,
        ip           text,
        user_agent   text
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await q.query(`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`);

    // One row per login attempt; the rate limiter counts failures in a sliding window.
    await q.query(`
      CREATE TABLE login_attempts (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at         timestamptz NOT NULL DEFAULT clock_timestamp(),
        email      citext NOT NULL,
        ip         text NOT NULL,
        outcome    varchar(10) NOT NULL CHECK (outcome IN ('pending','success','failure','blocked'))
      )`);
    await q.query(`CREATE INDEX login_attempts_email_idx ON login_attempts (email, at)`);
    await q.query(`CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, at)`);

    await q.query(`
      CREATE TABLE audit_log (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at          timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id    uuid REFERENCES users(id),
        action      varchar(100) NOT NULL,
        entity_type varchar(60) NOT NULL,
        entity_id   text,
        before      jsonb,
        after       jsonb,
        ip          text,
        user_agent  text
      )`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action text_pattern_ops, at DESC)`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_log`);
    await q.query(`DROP FUNCTION IF EXISTS audit_log_append_only()`);
    await q.query(`DROP TABLE IF EXISTS login_attempts`);
    await q.query(`DROP TABLE IF EXISTS sessions`);
    await q.query(`ALTER TABLE entries DROP CONSTRAINT IF EXISTS entries_author_id_fkey`);
    await q.query(`DROP INDEX IF EXISTS entries_author_id_idx`);
    await q.query(`DROP TABLE IF EXISTS users`);
  }
}
