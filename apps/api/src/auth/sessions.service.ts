import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@dualcarbon/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestMeta } from '../audit/request-meta';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { AuthUser } from './current-user.decorator';
import { rowsOf } from '../database/sql';
import { csrfTokenFor, isWellFormedToken, newToken, sha256 } from './tokens';

export interface NewSession {
  id: string;
  token: string;
  csrfToken: string;
}

export interface ActiveSession {
  id: string;
  user: AuthUser;
}

/** Sliding expiry is written at most this often per session, not on every request. */
const TOUCH_EVERY_SECONDS = 60;

/**
 * Server-side sessions in PostgreSQL, so any number of API processes can serve them. The cookie
 * holds a random token; the table holds its SHA-256 only.
 */
@Injectable()
export class SessionsService implements OnModuleInit, OnModuleDestroy {
  private sweeper?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Opens a session. With `requirePasswordHash` the row is only written if the user is still active
   * with that very hash: a password reset or deactivation racing a login cannot leave a session behind.
   */
  async create(userId: string, meta: RequestMeta, requirePasswordHash?: string, manager: EntityManager = this.db.manager): Promise<NewSession | null> {
    const { sessionIdleMinutes, sessionMaxHours } = this.config.auth;
    const token = newToken();
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at, max_expires_at, ip, user_agent)
       SELECT $1, u.id, LEAST(now() + make_interval(mins => $3), now() + make_interval(hours => $4)), now() + make_interval(hours => $4), $5, $6
         FROM users u WHERE u.id = $2 AND ($7::text IS NULL OR (u.active AND u.password_hash = $7))
       RETURNING id`,
      [sha256(token), userId, sessionIdleMinutes, sessionMaxHours, meta.ip, meta.userAgent, requirePasswordHash ?? null],
    );
    return rows[0] ? { id: rows[0].id, token, csrfToken: csrfTokenFor(token) } : null;
  }

  /** The session and its (active) user, sliding the expiry forward; null when unknown, expired or the user is inactive. */
  async authenticate(token: unknown): Promise<ActiveSession | null> {
    if (!isWellFormedToken(token)) return null;
    const rows: Array<{ id: string; stale: boolean; user_id: string; email: string; name: string; roles: Role[] }> = await this.db.query(
      `SELECT s.id, s.last_seen_at < now() - make_interval(secs => $2) AS stale, u.id AS user_id, u.email::text AS email, u.name, u.roles
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
      [sha256(token), TOUCH_EVERY_SECONDS],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) {
      await this.db.query(
        `UPDATE sessions SET last_seen_at = now(), expires_at = LEAST(now() + make_interval(mins => $2), max_expires_at) WHERE id = $1`,
        [row.id, this.config.auth.sessionIdleMinutes],
      );
    }
    return { id: row.id, user: { id: row.user_id, email: row.email, name: row.name, roles: row.roles } };
  }

  async revokeToken(token: string): Promise<void> {
    if (isWellFormedToken(token)) await this.db.query(`DELETE FROM sessions WHERE token_hash = $1`, [sha256(token)]);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
  }

  /** Ends every session of a user at once (deactivation, password reset); returns how many. */
  async revokeAllForUser(userId: string, manager: EntityManager = this.db.manager): Promise<number> {
    const rows = await rowsOf(manager, `DELETE FROM sessions WHERE user_id = $1 RETURNING id`, [userId]);
    return rows.length;
  }

  /** Expired sessions and login attempts older than a day are of no further use. */
  async sweep(): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE expires_at < now()`);
    await this.db.query(`DELETE FROM login_attempts WHERE at < now() - interval '1 day'`);
  }

  onModuleInit() {
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), 3_600_000).unref();
  }

  onModuleDestroy() {
    if (this.sweeper) clearInterval(this.sweeper);
  }
}
