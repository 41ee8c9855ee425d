import type { Role } from '@dualcarbon/domain';
import { execute, firstRow, rowsOf, type Queryable } from '../database/sql';

/** SQL of sign-in: sessions, and the password columns of users that sign-in and password changes write. */

export interface SessionUserRow {
  id: string;
  stale: boolean;
  user_id: string;
  email: string;
  name: string;
  roles: Role[];
}

export const sessionQueries = {
  /** Opens a session row, only while the user exists (and, with a hash, is active with that very hash); its id or undefined. */
  insert: async (
    db: Queryable,
    s: {
      tokenHash: Buffer;
      userId: string;
      idleMinutes: number;
      maxHours: number;
      ip: string | null;
      userAgent: string | null;
      requirePasswordHash: string | null;
    },
  ) =>
    (
      await firstRow<{ id: string }>(
        db,
        `INSERT INTO sessions (token_hash, user_id, expires_at, max_expires_at, ip, user_agent)
       SELECT $1, u.id, LEAST(now() + make_interval(mins => $3), now() + make_interval(hours => $4)), now() + make_interval(hours => $4), $5, $6
         FROM users u WHERE u.id = $2 AND ($7::text IS NULL OR (u.active AND u.password_hash = $7))
       RETURNING id`,
        [s.tokenHash, s.userId, s.idleMinutes, s.maxHours, s.ip, s.userAgent, s.requirePasswordHash],
      )
    )?.id,
  /** The live session of a token and its active user; `stale`: not touched for `touchEverySeconds`. */
  byToken: (db: Queryable, tokenHash: Buffer, touchEverySeconds: number) =>
    firstRow<SessionUserRow>(
      db,
      `SELECT s.id, s.last_seen_at < now() - make_interval(secs => $2) AS stale, u.id AS user_id, u.email::text AS email, u.name, u.roles
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
      [tokenHash, touchEverySeconds],
    ),
  touch: (db: Queryable, id: string, idleMinutes: number) =>
    execute(db, `UPDATE sessions SET last_seen_at = now(), expires_at = LEAST(now() + make_interval(mins => $2), max_expires_at) WHERE id = $1`, [
      id,
      idleMinutes,
    ]),
  deleteByToken: (db: Queryable, tokenHash: Buffer) => execute(db, `DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]),
  delete: (db: Queryable, id: string) => execute(db, `DELETE FROM sessions WHERE id = $1`, [id]),
  /** Ends every session of a user; how many. */
  deleteAllOf: async (db: Queryable, userId: string) => (await rowsOf(db, `DELETE FROM sessions WHERE user_id = $1 RETURNING id`, [userId])).length,
  /** Ends every other session of a user; how many. */
  deleteOthersOf: async (db: Queryable, userId: string, keepId: string | undefined) =>
    (await rowsOf(db, `DELETE FROM sessions WHERE user_id = $1 AND id <> $2 RETURNING id`, [userId, keepId])).length,
  async sweep(db: Queryable) {
    await execute(db, `DELETE FROM sessions WHERE expires_at < now()`);
    await execute(db, `DELETE FROM login_attempts WHERE at < now() - interval '1 day'`);
  },
};

export const passwordQueries = {
  signedIn: (db: Queryable, userId: string) => execute(db, `UPDATE users SET last_login_at = now() WHERE id = $1`, [userId]),
  /** Replaces the hash only over the one that was checked; whether it did. */
  change: async (db: Queryable, userId: string, checkedHash: string, hash: string) =>
    (
      await rowsOf(
        db,
        `UPDATE users SET password_hash = $3, password_changed_at = now(), updated_at = now() WHERE id = $1 AND password_hash = $2 RETURNING id`,
        [userId, checkedHash, hash],
      )
    ).length > 0,
  dropUnusedLinks: (db: Queryable, userId: string) => execute(db, `DELETE FROM password_links WHERE user_id = $1 AND used_at IS NULL`, [userId]),
  hashOf: async (db: Queryable, userId: string) =>
    (await firstRow<{ password_hash: string }>(db, `SELECT password_hash FROM users WHERE id = $1`, [userId]))?.password_hash,
  /** A rehash with new cost settings, only if the password is unchanged. */
  rehash: (db: Queryable, userId: string, oldHash: string, hash: string) =>
    execute(db, `UPDATE users SET password_hash = $3 WHERE id = $1 AND password_hash = $2`, [userId, oldHash, hash]),
};
