/**
 * Test accounts, written straight into the app's `users` table the way the API's own test helper
 * does (apps/api/test/helpers/auth.ts): an argon2id hash made with the API's argon2 package.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from './app';

type Argon2 = { hash(password: string, opts: Record<string, unknown>): Promise<string>; Algorithm: { Argon2id: number } };
const argon2 = createRequire(join(REPO_ROOT, 'apps/api/package.json'))('@node-rs/argon2') as Argon2;

export type Role = 'editor' | 'reviewer' | 'admin';

export interface TestAccount {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  password: string;
}

/** Inserts an active user and returns it with its plain password. */
export async function createAccount(databaseUrl: string, opts: { roles: Role[]; name: string; email?: string }): Promise<TestAccount> {
  if (!databaseUrl) throw new Error('No database URL: run against the app that tests/support/app.ts starts, or set E2E_DATABASE_URL');
  const email = opts.email ?? `${opts.roles.join('-')}-${randomBytes(4).toString('hex')}@e2e.dualcarbon.local`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const hash = await argon2.hash(password, { algorithm: argon2.Algorithm.Argon2id, memoryCost: 4096, timeCost: 2, parallelism: 1 });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, roles, password_hash, active) VALUES ($1, $2, $3::text[], $4, true) RETURNING id`,
      [email, opts.name, opts.roles, hash],
    );
    return { id: rows[0].id, email, name: opts.name, roles: opts.roles, password };
  } finally {
    await client.end();
  }
}

/** Ends every session of a user, as an expiry or a revocation would (the next request is a 401). */
export async function endSessions(databaseUrl: string, userId: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  } finally {
    await client.end();
  }
}
