import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time set-password links (invitations and admin resets), mailed to the account's address so no
 * admin ever sees or chooses anyone's password. Only the SHA-256 of the link's token is stored; a link
 * works once, until it expires, and only while it is the account's newest.
 */
export class PasswordLinks1795910492000 implements MigrationInterface {
  name = 'PasswordLinks1795910492000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_links (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id    uuid NOT NULL REFERENCES users(id),
        token_hash bytea NOT NULL UNIQUE,
        purpose    varchar(10) NOT NULL CHECK (purpose IN ('invite', 'reset')),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at    timestamptz
      )`);
    await q.query(`CREATE INDEX password_links_user_idx ON password_links (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS password_links`);
  }
}
