import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../audit/request-meta';
import { Passwords, generatePassword } from '../auth/passwords';
import { SessionsService } from '../auth/sessions.service';
import { rowsOf } from '../auth/sql';
import { ApiError, NotFoundError, USER_EMAIL_TAKEN, USER_LAST_ADMIN, USER_NOT_FOUND } from '../common/errors';
import {
  auditView, findUser, insertUser, isUniqueViolation, lockUserAndAdmins, toUserView, USER_COLUMNS,
} from './users.repository';
import type { CreateUserBody, ListUsersQuery, ResetPasswordBody, UpdateUserBody, UserView } from './users.schemas';

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
  ) {}

  async list(q: ListUsersQuery) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.q) {
      params.push(`%${q.q.replace(/[\\%_]/g, '\\$&')}%`);
      where.push(`(email::text ILIKE $${params.length} OR name ILIKE $${params.length})`);
    }
    if (q.role) where.push(`$${params.push(q.role)} = ANY(roles)`);
    if (q.active !== undefined) where.push(`active = $${params.push(q.active)}`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM users ${filter}`, params);
    const rows = await this.db.query(
      `SELECT ${USER_COLUMNS} FROM users ${filter} ORDER BY email LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return { items: rows.map(toUserView), total, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string): Promise<UserView> {
    return (await findUser(this.db.manager, id)) ?? notFound(id);
  }

  /** Without a password this is an invitation: a one-time password is generated and returned once. */
  async create(body: CreateUserBody, actor: Actor, action = 'user.create'): Promise<{ user: UserView; password?: string }> {
    const generated = body.password ? undefined : generatePassword();
    const passwordHash = await this.passwords.hash(body.password ?? generated!);
    try {
      const user = await this.db.transaction(async (m) => {
        const created = await insertUser(m, { email: body.email, name: body.name, roles: body.roles, passwordHash });
        await this.audit.record(
          { ...actor, action, entityType: 'user', entityId: created.id, before: null, after: { ...auditView(created), invited: !!generated } },
          m,
        );
        return created;
      });
      return generated ? { user, password: generated } : { user };
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
      const rows = await rowsOf(
        m,
        `UPDATE users SET name = $2, roles = $3::text[], active = $4, updated_at = now() WHERE id = $1 RETURNING ${USER_COLUMNS}`,
        [id, next.name, next.roles, next.active],
      );
      const after = toUserView(rows[0]);
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

  /** Sets the given password or generates a one-time one (returned once); ends all the user's sessions. */
  async resetPassword(id: string, body: ResetPasswordBody, actor: Actor): Promise<{ password?: string; sessionsEnded: number }> {
    const generated = body.password ? undefined : generatePassword();
    const passwordHash = await this.passwords.hash(body.password ?? generated!);
    const sessionsEnded = await this.db.transaction(async (m) => {
      const user = (await findUser(m, id, true)) ?? notFound(id);
      await m.query(`UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [id, passwordHash]);
      const ended = await this.sessions.revokeAllForUser(id, m);
      await this.audit.record(
        { ...actor, action: 'user.reset_password', entityType: 'user', entityId: id, before: null, after: { email: user.email, generated: !!generated, sessionsEnded: ended } },
        m,
      );
      return ended;
    });
    return generated ? { password: generated, sessionsEnded } : { sessionsEnded };
  }

  /**
   * Creates an admin only if there is no active admin yet (boot-time ADMIN_EMAIL/ADMIN_PASSWORD);
   * serialised by an advisory lock so several processes starting together create one.
   */
  async createFirstAdmin(email: string, name: string, password: string, actor: Actor): Promise<UserView | null> {
    const passwordHash = await this.passwords.hash(password);
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('dualcarbon:first-admin'))`);
      if ((await this.activeAdminCount(m)) > 0) return null;
      const user = await insertUser(m, { email, name, roles: ['admin'], passwordHash });
      await this.audit.record({ ...actor, action: 'user.create', entityType: 'user', entityId: user.id, before: null, after: auditView(user) }, m);
      return user;
    });
  }

  async activeAdminCount(m: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM users WHERE active AND 'admin' = ANY(roles)`);
    return n;
  }
}

function notFound(id: string): never {
  throw new NotFoundError(USER_NOT_FOUND, `No user has the id ${id}`);
}
