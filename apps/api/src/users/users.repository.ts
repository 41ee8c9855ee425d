import { type UserView } from '@dualcarbon/domain';
import type { Role } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';

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

export function toUserView(r: Record<string, unknown>): UserView {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : null);
  return {
    id: r.id as string,
    email: r.email as string,
    name: r.name as string,
    roles: r.roles as Role[],
    active: r.active as boolean,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    lastLoginAt: iso(r.last_login_at),
    passwordSet: r.password_set as boolean,
  };
}

/** The audit snapshot of a user: never the hash. */
export const auditView = (u: UserView) => ({ email: u.email, name: u.name, roles: u.roles, active: u.active });

export async function findUser(m: EntityManager, id: string, lock = false): Promise<UserView | null> {
  const rows = await m.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
  return rows[0] ? toUserView(rows[0]) : null;
}

export async function findCredentials(m: EntityManager, email: string): Promise<UserCredentials | null> {
  const rows = await m.query(`SELECT id, email::text AS email, name, roles, active, password_hash FROM users WHERE email = $1`, [email]);
  const r = rows[0];
  return r ? { id: r.id, email: r.email, name: r.name, roles: r.roles, active: r.active, passwordHash: r.password_hash } : null;
}

export async function insertUser(
  m: EntityManager,
  u: { email: string; name: string; roles: Role[]; passwordHash: string },
): Promise<UserView> {
  const rows = await m.query(
    `INSERT INTO users (email, name, roles, password_hash) VALUES ($1, $2, $3::text[], $4) RETURNING ${USER_COLUMNS}`,
    [u.email, u.name, u.roles, u.passwordHash],
  );
  return toUserView(rows[0]);
}

/**
 * Locks the user and every active admin, in id order (so concurrent changes cannot deadlock or both
 * remove "another" admin), and returns the ids of the active admins.
 */
export async function lockUserAndAdmins(m: EntityManager, id: string): Promise<string[]> {
  const rows: Array<{ id: string; admin: boolean }> = await m.query(
    `SELECT id, (active AND 'admin' = ANY(roles)) AS admin FROM users
      WHERE id = $1 OR (active AND 'admin' = ANY(roles)) ORDER BY id FOR UPDATE`,
    [id],
  );
  return rows.filter((r) => r.admin).map((r) => r.id);
}

/** TypeORM wraps pg errors in QueryFailedError; the pg fields sit on `driverError` (and usually on the error too). */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = (err as { driverError?: unknown })?.driverError ?? err;
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505' && (e as { constraint?: string }).constraint === constraint;
}
