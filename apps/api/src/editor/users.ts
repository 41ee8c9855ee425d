import type { EntityManager } from 'typeorm';

/** Someone the editorial API names: author, submitter, last editor, commenter. */
export interface UserRef {
  id: string;
  name: string;
  email: string;
}

export async function userRefs(manager: EntityManager, ids: Array<string | null | undefined>): Promise<Map<string, UserRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const rows: UserRef[] = await manager.query(`SELECT id, name, email::text AS email FROM users WHERE id = ANY($1::uuid[])`, [wanted]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** SQL for a user reference as JSON (null when the id is null or the user is gone). */
export const userJson = (column: string) =>
  `(SELECT json_build_object('id', u.id, 'name', u.name, 'email', u.email::text) FROM users u WHERE u.id = ${column})`;
