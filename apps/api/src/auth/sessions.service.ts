import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestMeta } from '../audit/request-meta';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { AuthUser } from './current-user.decorator';
import { sessionQueries } from './auth.queries';
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
    const id = await sessionQueries.insert(manager, {
      tokenHash: sha256(token),
      userId,
      idleMinutes: sessionIdleMinutes,
      maxHours: sessionMaxHours,
      ip: meta.ip,
      userAgent: meta.userAgent,
      requirePasswordHash: requirePasswordHash ?? null,
    });
    return id ? { id, token, csrfToken: csrfTokenFor(token) } : null;
  }

  /** The session and its (active) user, sliding the expiry forward; null when unknown, expired or the user is inactive. */
  async authenticate(token: unknown): Promise<ActiveSession | null> {
    if (!isWellFormedToken(token)) return null;
    const row = await sessionQueries.byToken(this.db, sha256(token), TOUCH_EVERY_SECONDS);
    if (!row) return null;
    if (row.stale) {
      await sessionQueries.touch(this.db, row.id, this.config.auth.sessionIdleMinutes);
    }
    return { id: row.id, user: { id: row.user_id, email: row.email, name: row.name, roles: row.roles } };
  }

  async revokeToken(token: string): Promise<void> {
    if (isWellFormedToken(token)) await sessionQueries.deleteByToken(this.db, sha256(token));
  }

  async revoke(sessionId: string): Promise<void> {
    await sessionQueries.delete(this.db, sessionId);
  }

  /** Ends every session of a user at once (deactivation, password reset); returns how many. */
  async revokeAllForUser(userId: string, manager: EntityManager = this.db.manager): Promise<number> {
    return sessionQueries.deleteAllOf(manager, userId);
  }

  /** Expired sessions and login attempts older than a day are of no further use. */
  async sweep(): Promise<void> {
    await sessionQueries.sweep(this.db);
  }

  onModuleInit() {
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), 3_600_000).unref();
  }

  onModuleDestroy() {
    if (this.sweeper) clearInterval(this.sweeper);
  }
}
