import { type UserView } from '@dualcarbon/domain';
import type { Role } from '@dualcarbon/domain';
import { containsPattern, execute, firstRow, isoOrNull, pagedRows, rowsOf, SqlConditions, type Queryable } from '../database/sql';
import type { ListUsersQuery } from './users.schemas';

/** A users row as read for authentication: the only place password_hash leaves the database. */
export interface UserCredentials {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  passwordHash: string;
}

export const USER_COLUMNS = `id, email::text AS email, name, roles, active, created_at, updated_at, last_login_at, left(password_hash, 1) <> '!' AS password_set`;

/** A users row as USER_COLUMNS reads it. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  created_at: Date;
  updated_at: Date;
  last_login_at: Date | null;
  password_set: boolean;
}

export function toUserView(r: UserRow): UserView {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    roles: r.roles,
    active: r.active,
    createdAt: isoOrNull(r.created_at)!,
    updatedAt: isoOrNull(r.updated_at)!,
    lastLoginAt: isoOrNull(r.last_login_at),
    passwordSet: r.password_set,
  };
}

/** The audit snapshot of a user: never the hash. */
export const auditView = (u: UserView) => ({ email: u.email, name: u.name, roles: u.roles, active: u.active });

export async function findUser(m: Queryable, id: string, lock = false): Promise<UserView | null> {
  const row = await firstRow<UserRow>(m, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
  return row ? toUserView(row) : null;
}

export async function findCredentials(m: Queryable, email: string): Promise<UserCredentials | null> {
  const r = await firstRow<{ id: string; email: string; name: string; roles: Role[]; active: boolean; password_hash: string }>(
    m,
    `SELECT id, email::text AS email, name, roles, active, password_hash FROM users WHERE email = $1`,
    [email],
  );
  return r ? { id: r.id, email: r.email, name: r.name, roles: r.roles, active: r.active, passwordHash: r.password_hash } : null;
}

/** A page of users matching the list's filters (text in e-mail or name, a role, active or not), by e-mail. */
export async function listUsers(db: Queryable, q: ListUsersQuery): Promise<{ items: UserView[]; total: number }> {
  const c = new SqlConditions();
  if (q.q) {
    const like = c.param(containsPattern(q.q));
    c.and(`(email::text ILIKE ${like} OR name ILIKE ${like})`);
  }
  if (q.role) c.and(`${c.param(q.role)} = ANY(roles)`);
  if (q.active !== undefined) c.and(`active = ${c.param(q.active)}`);
  const page = { select: USER_COLUMNS, from: `users ${c.where}`, orderBy: 'email', params: c.params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
  const { rows, total } = await pagedRows<UserRow>(db, page);
  return { items: rows.map(toUserView), total };
}

/** Saves name, roles and active; the row as it is now. */
export async function updateUser(m: Queryable, id: string, next: { name: string; roles: Role[]; active: boolean }): Promise<UserView> {
  const row = await firstRow<UserRow>(
    m,
    `UPDATE users SET name = $2, roles = $3::text[], active = $4, updated_at = now() WHERE id = $1 RETURNING ${USER_COLUMNS}`,
    [id, next.name, next.roles, next.active],
  );
  return toUserView(row!);
}

/** The password stops working (an unusable hash). */
export const setPasswordHash = (m: Queryable, id: string, hash: string) =>
  execute(m, `UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [id, hash]);

/** Serialises first-admin creation across processes (inside the caller's transaction). */
export const lockFirstAdmin = (m: Queryable) => execute(m, `SELECT pg_advisory_xact_lock(hashtext('dualcarbon:first-admin'))`);

export async function countActiveAdmins(m: Queryable): Promise<number> {
  return (await firstRow<{ n: number }>(m, `SELECT count(*)::int AS n FROM users WHERE active AND 'admin' = ANY(roles)`))!.n;
}

export async function insertUser(m: Queryable, u: { email: string; name: string; roles: Role[]; passwordHash: string }): Promise<UserView> {
  const row = await firstRow<UserRow>(m, `INSERT INTO users (email, name, roles, password_hash) VALUES ($1, $2, $3::text[], $4) RETURNING ${USER_COLUMNS}`, [
    u.email,
    u.name,
    u.roles,
    u.passwordHash,
  ]);
  return toUserView(row!);
}

/**
 * Locks the user and every active admin, in id order (so concurrent changes cannot deadlock or both
 * remove "another" admin), and returns the ids of the active admins.
 */
export async function lockUserAndAdmins(m: Queryable, id: string): Promise<string[]> {
  const rows = await rowsOf<{ id: string; admin: boolean }>(
    m,
    `SELECT id, (active AND 'admin' = ANY(roles)) AS admin FROM users
      WHERE id = $1 OR (active AND 'admin' = ANY(roles)) ORDER BY id FOR UPDATE`,
    [id],
  );
  return rows.filter((r) => r.admin).map((r) => r.id);
}
