import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, login, signedInAgent, type SignedInAgent } from './helpers/auth';
import { readOutbox } from './helpers/mail-outbox';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('users administration (admins)', () => {
  let t: TestApp;
  let admin: SignedInAgent;
  let dataDir: string;
  const http = () => request(t.app.getHttpServer());
  /** The token of the newest set-password link mailed to this address (the link carries it after '#token='). */
  const linkTokenFor = async (email: string) => {
    const mail = (await readOutbox(dataDir)).filter((m) => m.to === email).at(-1);
    const link = mail?.links.find((l) => l.includes('/set-password#token='));
    if (!link) throw new Error(`no set-password link mailed to ${email}`);
    return { link, token: new URL(link).hash.slice('#token='.length) };
  };
  const setPassword = (token: string, password: string) => http().post('/api/auth/set-password').send({ token, password });
  const auditFor = (entityId: string, action: string) =>
    t.db.query(`SELECT * FROM audit_log WHERE entity_id = $1 AND action = $2 ORDER BY id`, [entityId, action]);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dc-users-'));
    t = await startTestApp({ seed: false, env: { DATA_DIR: dataDir, PUBLIC_URL: 'http://cms.example.org' } });
    admin = await signedInAgent(t.app, t.db, ['admin']);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('guards every route: 401 without a session, 403 without the admin role', async () => {
    const editor = await signedInAgent(t.app, t.db, ['editor', 'reviewer']);
    for (const [method, path] of [
      ['get', '/api/admin/users'],
      ['post', '/api/admin/users'],
      ['get', '/api/admin/audit'],
    ] as const) {
      const anon = await http()[method](path).send({}).expect(401);
      expect(anon.body).toMatchObject({ statusCode: 401, code: 'auth/unauthenticated' });
      const forbidden = await editor[method](path).send({}).expect(403);
      expect(forbidden.body).toMatchObject({ statusCode: 403, code: 'auth/forbidden' });
      expect(forbidden.headers['cache-control']).toBe('no-store');
    }
  });

  it('invites a user with a one-time set-password link mailed to them: the admin never sees or sets a password', async () => {
    const res = await admin
      .post('/api/admin/users')
      .send({ email: ' New.Editor@Example.org ', name: 'New Editor', roles: ['editor', 'editor'] })
      .expect(201);
    expect(res.body).toEqual({
      user: expect.objectContaining({
        id: expect.any(String),
        email: 'new.editor@example.org',
        name: 'New Editor',
        roles: ['editor'],
        active: true,
        lastLoginAt: null,
      }),
      invitation: { expiresAt: expect.any(String), mailed: true },
    });
    const hours = (Date.parse(res.body.invitation.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71);
    expect(hours).toBeLessThanOrEqual(72);
    const given = await admin
      .post('/api/admin/users')
      .send({ email: 'chosen@example.org', name: 'Chosen', roles: ['reviewer'], password: 'admin-knows-this-one' })
      .expect(400);
    expect(given.body.issues).toEqual([{ path: 'password', message: 'Unknown parameter "password"' }]);

    const { link, token } = await linkTokenFor('new.editor@example.org');
    // The token travels in the fragment, which browsers never send to a server (so no log or Referer has it).
    expect(link).toMatch(/^http:\/\/cms\.example\.org\/cms\/en\/set-password#token=[\w-]{43}$/);
    const check = await http().post('/api/auth/password-link').send({ token }).expect(200);
    expect(check.body).toEqual({ email: 'new.editor@example.org', name: 'New Editor', purpose: 'invite', expiresAt: res.body.invitation.expiresAt });
    expect((await setPassword(token, 'short').expect(400)).body.code).toBe('request/invalid');
    expect((await setPassword(token, 'my-own-secret-passphrase').expect(200)).body).toEqual({ email: 'new.editor@example.org' });
    const signedIn = await login(t.app, 'new.editor@example.org', 'my-own-secret-passphrase');
    expect(signedIn.user.roles).toEqual(['editor']);
    // Single use.
    const again = await setPassword(token, 'someone-elses-passphrase').expect(400);
    expect(again.body).toMatchObject({ code: 'auth/link_invalid' });
    await http().post('/api/auth/password-link').send({ token }).expect(400);

    const [row] = await auditFor(res.body.user.id, 'user.create');
    expect(row).toMatchObject({ actor_id: admin.user.id, entity_type: 'user', before: null });
    expect(row.after).toEqual({ email: 'new.editor@example.org', name: 'New Editor', roles: ['editor'], active: true, invited: true });
    expect(row.ip).toBeTruthy();
    const [set] = await auditFor(res.body.user.id, 'user.set_password');
    expect(set).toMatchObject({ actor_id: res.body.user.id, after: { purpose: 'invite', sessionsEnded: 0 } });
    const leaks = await t.db.query(`SELECT id FROM audit_log WHERE (coalesce(before::text, '') || coalesce(after::text, '')) ~ $1`, [
      `argon2|password_hash|passwordHash|${token}`,
    ]);
    expect(leaks).toEqual([]);
  });

  it('an invitation cannot be used to sign in before the password is set, nor after it expired', async () => {
    const res = await admin
      .post('/api/admin/users')
      .send({ email: 'late@example.org', name: 'Late', roles: ['reviewer'] })
      .expect(201);
    const { token } = await linkTokenFor('late@example.org');
    for (const password of ['', ' ', '!', token]) {
      const attempt = await http()
        .post('/api/auth/login')
        .send({ email: 'late@example.org', password: password || 'x' });
      expect(attempt.status).toBe(401);
    }
    await t.db.query(`UPDATE password_links SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [res.body.user.id]);
    expect((await setPassword(token, 'too-late-for-this-one').expect(400)).body.code).toBe('auth/link_invalid');
    for (const forged of ['', 'x'.repeat(43), `${token.slice(0, -1)}A`]) await setPassword(forged, 'a-long-enough-password').expect(400);
  });

  it('refuses a second account with the same email in any case (409)', async () => {
    await admin.post('/api/admin/users').send({ email: 'dup@example.org', name: 'A', roles: [] }).expect(201);
    const res = await admin
      .post('/api/admin/users')
      .send({ email: 'DUP@example.org', name: 'B', roles: ['editor'] })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'user/email_taken' });
  });

  it('validates input strictly', async () => {
    const bad = await admin
      .post('/api/admin/users')
      .send({ email: 'x@example.org', name: 'X', roles: ['owner'], extra: 1 })
      .expect(400);
    expect(bad.body.code).toBe('request/invalid');
    await admin.post('/api/admin/users').send({ email: 'x@example.org', name: 'X', roles: [], password: 'short' }).expect(400);
    await admin.patch('/api/admin/users/not-a-uuid').send({ name: 'Y' }).expect(400);
    await admin.patch(`/api/admin/users/${admin.user.id}`).send({}).expect(400);
    const missing = await admin.patch('/api/admin/users/00000000-0000-4000-8000-000000000000').send({ name: 'Y' }).expect(404);
    expect(missing.body.code).toBe('user/not_found');
    await admin.get('/api/admin/users?bogus=1').expect(400);
  });

  it('lists and filters users', async () => {
    const res = await admin.get('/api/admin/users?role=admin&active=true&pageSize=100').expect(200);
    expect(res.body.items.map((u: { id: string }) => u.id)).toContain(admin.user.id);
    expect(res.body.items.every((u: { roles: string[] }) => u.roles.includes('admin'))).toBe(true);
    const one = await admin.get(`/api/admin/users?q=${encodeURIComponent(admin.user.email)}`).expect(200);
    expect(one.body).toMatchObject({ total: 1, items: [{ id: admin.user.id }] });
    expect(one.body.items[0]).not.toHaveProperty('passwordHash');
  });

  it('changes name and roles, audited with before and after; role changes apply to live sessions', async () => {
    const user = await signedInAgent(t.app, t.db, ['editor']);
    await user.get('/api/admin/users').expect(403);
    const res = await admin
      .patch(`/api/admin/users/${user.user.id}`)
      .send({ name: 'Renamed', roles: ['reviewer', 'admin'] })
      .expect(200);
    expect(res.body).toMatchObject({ name: 'Renamed', roles: ['reviewer', 'admin'], active: true });
    await user.get('/api/admin/users').expect(200);
    const [row] = await auditFor(user.user.id, 'user.update');
    expect(row.before).toMatchObject({ name: 'Test editor', roles: ['editor'], active: true });
    expect(row.after).toMatchObject({ name: 'Renamed', roles: ['reviewer', 'admin'], active: true });
  });

  it('deactivating a user ends their sessions at once and stops them signing in', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    const a = await login(t.app, u.email, u.password);
    const b = await login(t.app, u.email, u.password);
    await a.get('/api/auth/session').expect(200);
    await admin.patch(`/api/admin/users/${u.id}`).send({ active: false }).expect(200);
    await a.get('/api/auth/session').expect(401);
    await b.post('/api/auth/logout').expect(401);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [u.id]);
    expect(n).toBe(0);
    const res = await http().post('/api/auth/login').send({ email: u.email, password: u.password }).expect(401);
    expect(res.body.code).toBe('auth/invalid_credentials');
    const [row] = await auditFor(u.id, 'user.update');
    expect(row.after).toMatchObject({ active: false, sessionsEnded: 2 });
    await admin.patch(`/api/admin/users/${u.id}`).send({ active: true }).expect(200);
    await login(t.app, u.email, u.password);
  });

  it('resetting a password ends sessions and the old password, and mails the user a link; a newer link replaces an older one', async () => {
    const u = await createUser(t.db, { roles: ['reviewer'] });
    const a = await login(t.app, u.email, u.password);
    const res = await admin.post(`/api/admin/users/${u.id}/reset-password`).send({}).expect(201);
    expect(res.body).toEqual({ sessionsEnded: 1, link: { expiresAt: expect.any(String), mailed: true } });
    await admin.post(`/api/admin/users/${u.id}/reset-password`).send({ password: 'a-chosen-password-123' }).expect(400);
    await a.get('/api/auth/session').expect(401);
    await http().post('/api/auth/login').send({ email: u.email, password: u.password }).expect(401);
    const first = (await linkTokenFor(u.email)).token;
    expect((await http().post('/api/auth/password-link').send({ token: first }).expect(200)).body.purpose).toBe('reset');

    await admin.post(`/api/admin/users/${u.id}/reset-password`).send({}).expect(201);
    const second = (await linkTokenFor(u.email)).token;
    expect(second).not.toBe(first);
    await setPassword(first, 'from-the-older-link-1').expect(400);
    await setPassword(second, 'from-the-newer-link-2').expect(200);
    const b = await login(t.app, u.email, 'from-the-newer-link-2');
    const rows = await auditFor(u.id, 'user.reset_password');
    expect(rows.map((r: { after: unknown }) => r.after)).toEqual([
      { email: u.email, sessionsEnded: 1 },
      { email: u.email, sessionsEnded: 0 },
    ]);
    await b.get('/api/auth/session').expect(200);
  });

  it('never removes, deactivates or demotes the last active admin (409 user/last_admin)', async () => {
    const solo = await signedInAgent(t.app, t.db, ['admin', 'editor']);
    await t.db.query(`UPDATE users SET roles = array_remove(roles, 'admin') WHERE id <> $1`, [solo.user.id]);
    for (const body of [{ active: false }, { roles: ['editor'] }, { roles: [] }]) {
      const res = await solo.patch(`/api/admin/users/${solo.user.id}`).send(body).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'user/last_admin' });
    }
    await solo
      .patch(`/api/admin/users/${solo.user.id}`)
      .send({ roles: ['admin'], name: 'Still admin' })
      .expect(200);
    await solo
      .post('/api/admin/users')
      .send({ email: 'second-admin@example.org', name: 'Second', roles: ['admin'] })
      .expect(201);
    await setPassword((await linkTokenFor('second-admin@example.org')).token, 'second-admin-passphrase').expect(200);
    await solo
      .patch(`/api/admin/users/${solo.user.id}`)
      .send({ roles: ['editor'] })
      .expect(200);
    await solo.get('/api/admin/users').expect(403);
    const second = await login(t.app, 'second-admin@example.org', 'second-admin-passphrase');
    const res = await second.patch(`/api/admin/users/${second.user.id}`).send({ active: false }).expect(409);
    expect(res.body.code).toBe('user/last_admin');
  });

  it('two admins demoting each other at the same time leave one admin', async () => {
    const a = await signedInAgent(t.app, t.db, ['admin']);
    const b = await signedInAgent(t.app, t.db, ['admin']);
    await t.db.query(`UPDATE users SET roles = array_remove(roles, 'admin') WHERE id NOT IN ($1, $2)`, [a.user.id, b.user.id]);
    const [ra, rb] = await Promise.all([
      a.patch(`/api/admin/users/${b.user.id}`).send({ roles: [] }),
      b.patch(`/api/admin/users/${a.user.id}`).send({ roles: [] }),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE active AND 'admin' = ANY(roles)`);
    expect(n).toBe(1);
  });
});
