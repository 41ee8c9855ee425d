import { type UserView } from '@dualcarbon/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../audit/request-meta';
import { PasswordLinks } from '../auth/password-links';
import { Passwords, unusableHash } from '../auth/passwords';
import { SessionsService } from '../auth/sessions.service';
import { isUniqueViolation } from '../database/sql';
import { ApiError, NotFoundError, USER_EMAIL_TAKEN, USER_LAST_ADMIN, USER_NOT_FOUND } from '../common/errors';
import {
  auditView,
  countActiveAdmins,
  findUser,
  insertUser,
  listUsers,
  lockFirstAdmin,
  lockUserAndAdmins,
  setPasswordHash,
  updateUser,
} from './users.repository';
import type { CreateUserBody, ListUsersQuery, NewUserWithPassword, UpdateUserBody } from './users.schemas';

/** Who is acting, for the audit log; actorId null = the system or the CLI. */
export interface Actor extends RequestMeta {
  actorId: string | null;
}

/** Account administration. Every change is audited in the same transaction, with before and after. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly passwords: Passwords,
    private readonly links: PasswordLinks,
  ) {}

  async list(q: ListUsersQuery) {
    const { items, total } = await listUsers(this.db, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string): Promise<UserView> {
    return (await findUser(this.db.manager, id)) ?? notFound(id);
  }

  /**
   * An invitation: the account starts without a usable password and a one-time set-password link is
   * mailed to its address, so the admin never knows the password (and cannot act as the invitee).
   */
  async invite(body: CreateUserBody, actor: Actor): Promise<{ user: UserView; invitation: { expiresAt: string; mailed: boolean } }> {
    const { user, link } = await this.insert({ ...body, passwordHash: unusableHash('invite') }, actor, 'user.create', { invited: true }, (m, created) =>
      this.links.issue(m, created.id, 'invite', actor.actorId),
    );
    const mailed = await this.links.mail(user, 'invite', link!);
    return { user, invitation: { expiresAt: link!.expiresAt.toISOString(), mailed } };
  }

  /** For the operator's command-line tools only (admin:create, seed:dev-users): an account with this password. */
  async createWithPassword(body: NewUserWithPassword, actor: Actor): Promise<UserView> {
    const { user } = await this.insert({ ...body, passwordHash: await this.passwords.hash(body.password) }, actor, 'user.create', {});
    return user;
  }

  private async insert<L>(
    u: CreateUserBody & { passwordHash: string },
    actor: Actor,
    action: string,
    extra: Record<string, unknown>,
    after?: (m: EntityManager, user: UserView) => Promise<L>,
  ): Promise<{ user: UserView; link?: L }> {
    try {
      return await this.db.transaction(async (m) => {
        const created = await insertUser(m, { email: u.email, name: u.name, roles: u.roles, passwordHash: u.passwordHash });
        await this.audit.record({ ...actor, action, entityType: 'user', entityId: created.id, before: null, after: { ...auditView(created), ...extra } }, m);
        return { user: created, link: await after?.(m, created) };
      });
    } catch (err) {
      if (isUniqueViolation(err, 'users_email_key')) throw new ApiError(HttpStatus.CONFLICT, USER_EMAIL_TAKEN, 'A user with this email already exists');
      throw err;
    }
  }

  /** Name, roles, active. Deactivation ends the user's sessions; the last active admin stays an active admin. */
  async update(id: string, body: UpdateUserBody, actor: Actor): Promise<UserView> {
    return this.db.transaction(async (m) => {
      const admins = await lockUserAndAdmins(m, id);
      const before = (await findUser(m, id)) ?? notFound(id);
      const next = { name: body.name ?? before.name, roles: body.roles ?? before.roles, active: body.active ?? before.active };
      const staysAdmin = next.active && next.roles.includes('admin');
      if (admins.includes(id) && !staysAdmin && admins.length === 1) {
        throw new ApiError(HttpStatus.CONFLICT, USER_LAST_ADMIN, 'This is the last active admin: make another user an admin first');
      }
      const after = await updateUser(m, id, next);
      const sessionsEnded = after.active ? 0 : await this.sessions.revokeAllForUser(id, m);
      const changed = JSON.stringify(auditView(before)) !== JSON.stringify(auditView(after));
      if (changed) {
        await this.audit.record(
          { ...actor, action: 'user.update', entityType: 'user', entityId: id, before: auditView(before), after: { ...auditView(after), sessionsEnded } },
          m,
        );
      }
      return after;
    });
  }

  /**
   * The password stops working at once, every session of the user ends, and a one-time link to choose a
   * new one is mailed to the account's address (replacing any earlier link).
   */
  async resetPassword(id: string, actor: Actor): Promise<{ sessionsEnded: number; link: { expiresAt: string; mailed: boolean } }> {
    const { user, sessionsEnded, link } = await this.db.transaction(async (m) => {
      const user = (await findUser(m, id, true)) ?? notFound(id);
      await setPasswordHash(m, id, unusableHash('reset'));
      const ended = await this.sessions.revokeAllForUser(id, m);
      const link = await this.links.issue(m, id, 'reset', actor.actorId);
      await this.audit.record(
        { ...actor, action: 'user.reset_password', entityType: 'user', entityId: id, before: null, after: { email: user.email, sessionsEnded: ended } },
        m,
      );
      return { user, sessionsEnded: ended, link };
    });
    const mailed = await this.links.mail(user, 'reset', link);
    return { sessionsEnded, link: { expiresAt: link.expiresAt.toISOString(), mailed } };
  }

  /**
   * Creates an admin only if there is no active admin yet (boot-time ADMIN_EMAIL/ADMIN_PASSWORD);
   * serialised by an advisory lock so several processes starting together create one.
   */
  async createFirstAdmin(email: string, name: string, password: string, actor: Actor): Promise<UserView | null> {
    const passwordHash = await this.passwords.hash(password);
    return this.db.transaction(async (m) => {
      await lockFirstAdmin(m);
      if ((await this.activeAdminCount(m)) > 0) return null;
      const user = await insertUser(m, { email, name, roles: ['admin'], passwordHash });
      await this.audit.record({ ...actor, action: 'user.create', entityType: 'user', entityId: user.id, before: null, after: auditView(user) }, m);
      return user;
    });
  }

  async activeAdminCount(m: EntityManager = this.db.manager): Promise<number> {
    return countActiveAdmins(m);
  }
}

function notFound(id: string): never {
  throw new NotFoundError(USER_NOT_FOUND, `No user has the id ${id}`);
}
