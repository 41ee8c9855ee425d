import type { Role } from '@dualcarbon/domain';
import type { INestApplication } from '@nestjs/common';
import { type Algorithm, hash as argon2Hash } from '@node-rs/argon2';

/** Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm;
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';

/**
 * Test accounts and signed-in HTTP clients.
 *
 * CSRF: `POST /api/auth/login` answers `{user, csrfToken}` and sets two cookies: `dc_session`
 * (httpOnly, Path=/api) and `dc_csrf` (readable, Path=/, same value as csrfToken). Every
 * POST/PUT/PATCH/DELETE behind `@Auth()` must send `X-CSRF-Token: <csrfToken>` along with both
 * cookies. `login()` returns a supertest agent that keeps the cookies and sends the header on every
 * request, so tests just write `await agent.post('/api/…').send(body).expect(201)`.
 * `GET /api/auth/session` returns the same token again (`{user, csrfToken}`).
 */

export interface TestUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** The plain password, so the test can sign in. */
  password: string;
}

export type Agent = ReturnType<typeof request.agent>;
export type SignedInAgent = Agent & { user: Omit<TestUser, 'password'>; csrfToken: string };

/** Same cost as the app's test defaults (NODE_ENV=test), so signing in does not trigger a rehash. */
const TEST_ARGON2 = { algorithm: ARGON2ID, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

export const randomEmail = (prefix = 'user') => `${prefix}-${randomBytes(5).toString('hex')}@test.dualcarbon.local`;

/** Inserts an active user directly (no audit row). Email defaults to a unique one; password to a random one. */
export async function createUser(
  db: DataSource,
  opts: { email?: string; name?: string; roles: Role[]; password?: string; active?: boolean },
): Promise<TestUser> {
  const email = (opts.email ?? randomEmail(opts.roles.join('-') || 'nobody')).trim().toLowerCase();
  const password = opts.password ?? `pw-${randomBytes(12).toString('hex')}`;
  const name = opts.name ?? `Test ${opts.roles.join('+') || 'user'}`;
  const hash = await argon2Hash(password, TEST_ARGON2);
  const [row] = await db.query(`INSERT INTO users (email, name, roles, password_hash, active) VALUES ($1, $2, $3::text[], $4, $5) RETURNING id`, [
    email,
    name,
    opts.roles,
    hash,
    opts.active ?? true,
  ]);
  return { id: row.id, email, name, roles: opts.roles, password };
}

const target = (app: INestApplication | string) => (typeof app === 'string' ? app : app.getHttpServer());

/** A client without a session (cookies still persist across its requests). */
export const anonymousAgent = (app: INestApplication | string): Agent => request.agent(target(app));

/**
 * Signs in and returns an agent carrying the session cookies and the X-CSRF-Token header on every
 * request. Throws with the response body if the login fails.
 */
export async function login(app: INestApplication | string, email: string, password: string): Promise<SignedInAgent> {
  const agent = request.agent(target(app));
  const res = await agent.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login(${email}) failed: ${res.status} ${JSON.stringify(res.body)}`);
  const { user, csrfToken } = res.body as { user: SignedInAgent['user']; csrfToken: string };
  agent.set('X-CSRF-Token', csrfToken);
  return Object.assign(agent, { user, csrfToken });
}

/** A fresh user with these roles, signed in. `agent.user.id` is the user's id. */
export async function signedInAgent(
  app: INestApplication | string,
  db: DataSource,
  roles: Role[],
  opts: { email?: string; name?: string } = {},
): Promise<SignedInAgent> {
  const user = await createUser(db, { ...opts, roles });
  return login(app, user.email, user.password);
}
