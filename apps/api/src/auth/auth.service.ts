import { type Session as SessionView } from '@dualcarbon/domain';
import { HttpStatus, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requestMeta } from '../audit/request-meta';
import { ApiError, AUTH_INVALID_CREDENTIALS, AUTH_UNAUTHENTICATED, AUTH_WRONG_PASSWORD } from '../common/errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { findCredentials } from '../users/users.repository';
import type { ChangePasswordBody, LoginBody } from './auth.schemas';
import { AuthCookies } from './cookies';
import { signDevice, verifyDevice } from './device-cookie';
import type { AuthenticatedRequest } from './current-user.decorator';
import { LoginLimiter, RateLimitedError } from './login-limiter';
import { isUsableHash, Passwords } from './passwords';
import { SessionsService } from './sessions.service';
import { passwordQueries, sessionQueries } from './auth.queries';
import { csrfTokenFor } from './tokens';

const INVALID = 'Invalid email or password';

/** Sign-in, sign-out and the current session. Every login, failed login and logout is audited. */
@Injectable()
export class AuthService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly passwords: Passwords,
    private readonly limiter: LoginLimiter,
    private readonly audit: AuditService,
    private readonly cookies: AuthCookies,
  ) {}

  /** Makes the dummy hash now, so the first unknown-user login takes no longer than any other. */
  async onModuleInit() {
    await this.passwords.verifyDummy('warm-up');
  }

  async login({ email, password }: LoginBody, req: Request, res: Response): Promise<SessionView> {
    // JSON only (BodyTypeGuard, global): a cross-site HTML form (urlencoded, multipart, text/plain) cannot log a victim in.
    const meta = requestMeta(req);
    const base = { entityType: 'user', ...meta };
    const user = await findCredentials(this.db.manager, email);
    // A browser that signed in to this account before (with its current password) is held back by no limit but its own.
    const usable = !!user?.active && isUsableHash(user.passwordHash);
    const device = usable ? verifyDevice(this.cookies.readDevice(req), user!) : null;
    let attempt: string;
    try {
      attempt = await this.limiter.begin(email, meta.ip, device);
    } catch (err) {
      if (err instanceof RateLimitedError) {
        res.setHeader('Retry-After', String(err.retryAfterSeconds));
        await this.audit.record({ ...base, actorId: null, action: 'auth.login_blocked', after: { email } });
      }
      throw err;
    }

    // Unknown and inactive accounts, and those without a password yet, cost the same argon2 work as a real one and get the same answer.
    const ok = usable ? await this.passwords.verify(user!.passwordHash, password) : await this.passwords.verifyDummy(password);
    const session = ok && user ? await this.sessions.create(user.id, meta, user.passwordHash) : null;
    if (!user || !session) {
      await this.limiter.finish(attempt, 'failure');
      const reason = !user ? 'unknown_user' : !user.active ? 'inactive' : !usable ? 'no_password' : ok ? 'changed_during_login' : 'wrong_password';
      await this.audit.record({ ...base, actorId: null, action: 'auth.login_failed', entityId: user?.id ?? null, after: { email, reason } });
      throw new ApiError(HttpStatus.UNAUTHORIZED, AUTH_INVALID_CREDENTIALS, INVALID);
    }

    await this.limiter.finish(attempt, 'success');
    // A session the browser already had (anyone's) is replaced, not left alive beside the new one.
    const previous = this.cookies.readSession(req);
    if (previous) await this.sessions.revokeToken(previous);
    await passwordQueries.signedIn(this.db, user.id);
    if (this.passwords.needsRehash(user.passwordHash)) await this.rehash(user.id, user.passwordHash, password);
    await this.audit.record({
      ...base,
      actorId: user.id,
      action: 'auth.login',
      entityId: user.id,
      after: { sessionId: session.id, trustedDevice: device !== null },
    });
    this.cookies.setSession(res, session.token, session.csrfToken);
    this.cookies.setDevice(res, signDevice(user.id, await this.currentHash(user.id, user.passwordHash)).value);
    return { user: { id: user.id, email: user.email, name: user.name, roles: user.roles }, csrfToken: session.csrfToken };
  }

  /** Ends this session (the row is deleted) and clears both cookies. */
  async logout(req: AuthenticatedRequest, res: Response): Promise<void> {
    if (req.sessionId) await this.sessions.revoke(req.sessionId);
    if (req.user) {
      await this.audit.record({
        ...requestMeta(req),
        actorId: req.user.id,
        action: 'auth.logout',
        entityType: 'user',
        entityId: req.user.id,
        after: { sessionId: req.sessionId },
      });
    }
    this.cookies.clear(res);
  }

  /** The signed-in user and the session's CSRF token (re-setting the dc_csrf cookie); 401 without a session. */
  async current(req: Request, res: Response): Promise<SessionView> {
    const token = this.cookies.readSession(req);
    const session = await this.sessions.authenticate(token);
    if (!session || !token) throw new ApiError(HttpStatus.UNAUTHORIZED, AUTH_UNAUTHENTICATED, 'Not signed in');
    const csrfToken = csrfTokenFor(token);
    this.cookies.setCsrf(res, csrfToken);
    return { user: session.user, csrfToken };
  }

  /**
   * My own password: the current one must be right (checked and counted like a sign-in, so a borrowed
   * session cannot guess it quickly); my other sessions and any unused set-password link end; this
   * session stays, and the browser's device cookie is signed anew (it is keyed with the hash).
   */
  async changePassword({ currentPassword, newPassword }: ChangePasswordBody, req: AuthenticatedRequest, res: Response): Promise<{ sessionsEnded: number }> {
    const me = req.user!;
    const meta = requestMeta(req);
    const user = await findCredentials(this.db.manager, me.email);
    if (!user || !isUsableHash(user.passwordHash)) throw new ApiError(HttpStatus.UNAUTHORIZED, AUTH_UNAUTHENTICATED, 'Sign in first');
    const attempt = await this.limiter.begin(user.email, meta.ip, verifyDevice(this.cookies.readDevice(req), user)).catch((err) => {
      if (err instanceof RateLimitedError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    });
    const wrong = () =>
      new ApiError(HttpStatus.FORBIDDEN, AUTH_WRONG_PASSWORD, 'The current password is not right', [
        { path: 'currentPassword', message: 'This is not your current password' },
      ]);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      await this.limiter.finish(attempt, 'failure');
      await this.audit.record({
        ...meta,
        actorId: user.id,
        action: 'user.change_password_failed',
        entityType: 'user',
        entityId: user.id,
        after: { email: user.email },
      });
      throw wrong();
    }
    await this.limiter.finish(attempt, 'success');
    const hash = await this.passwords.hash(newPassword);
    const sessionsEnded = await this.db.transaction(async (m) => {
      // Only over the hash just checked: a reset racing this change wins.
      if (!(await passwordQueries.change(m, user.id, user.passwordHash, hash))) throw wrong();
      await passwordQueries.dropUnusedLinks(m, user.id);
      const ended = await sessionQueries.deleteOthersOf(m, user.id, req.sessionId);
      await this.audit.record(
        {
          ...meta,
          actorId: user.id,
          action: 'user.change_password',
          entityType: 'user',
          entityId: user.id,
          after: { email: user.email, sessionsEnded: ended },
        },
        m,
      );
      return ended;
    });
    this.cookies.setDevice(res, signDevice(user.id, hash).value);
    return { sessionsEnded };
  }

  /** The hash a device cookie must be signed with: a rehash just above may have replaced the one that was checked. */
  private async currentHash(userId: string, checked: string): Promise<string> {
    if (!this.passwords.needsRehash(checked)) return checked;
    return (await passwordQueries.hashOf(this.db, userId)) ?? checked;
  }

  /** The cost settings changed since this hash was made: store a new one (only if the password is unchanged). */
  private async rehash(userId: string, oldHash: string, password: string) {
    const hash = await this.passwords.hash(password);
    await passwordQueries.rehash(this.db, userId, oldHash, hash);
  }
}
