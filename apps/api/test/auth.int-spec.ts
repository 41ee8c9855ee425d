import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createUser, signedInAgent } from './helpers/auth';
import { startTestApp, useTestApp } from './helpers/test-app';

describe('auth: login, session, CSRF, logout', () => {
  const t = useTestApp(() => startTestApp({ seed: false }));
  const http = () => request(t.app.getHttpServer());

  it('signs in with correct credentials and sets the session and CSRF cookies', async () => {
    const u = await createUser(t.db, { roles: ['editor'], email: 'Ed.Itor@Example.org' });
    const res = await http().post('/api/auth/login').send({ email: '  ED.ITOR@example.ORG ', password: u.password }).expect(200);
    expect(res.body).toEqual({ user: { id: u.id, email: 'ed.itor@example.org', name: u.name, roles: ['editor'] }, csrfToken: expect.any(String) });
    const cookies = res.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith('dc_session='))!;
    const csrf = cookies.find((c) => c.startsWith('dc_csrf='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\/api/);
    expect(session).not.toMatch(/Secure/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(csrf).toContain(`dc_csrf=${res.body.csrfToken}`);
    expect(res.headers['cache-control']).toBe('no-store');
    // Only the digest is stored.
    const token = /dc_session=([^;]+)/.exec(session)![1]!;
    const [row] = await t.db.query(`SELECT encode(token_hash, 'hex') AS h FROM sessions WHERE user_id = $1`, [u.id]);
    expect(row.h).toHaveLength(64);
    expect(row.h).not.toContain(token);
  });

  it('answers the session with the user and CSRF token, or 401', async () => {
    const agent = await signedInAgent(t.app, t.db, ['reviewer']);
    const res = await agent.get('/api/auth/session').expect(200);
    expect(res.body).toEqual({ user: agent.user, csrfToken: agent.csrfToken });
    expect(res.headers['cache-control']).toBe('no-store');
    const anon = await http().get('/api/auth/session').expect(401);
    expect(anon.body).toMatchObject({ code: 'auth/unauthenticated' });
    expect(anon.headers['cache-control']).toBe('no-store');
  });

  it('rejects wrong passwords and unknown users with one generic answer', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    const wrong = await http().post('/api/auth/login').send({ email: u.email, password: 'not-the-password' }).expect(401);
    const unknown = await http().post('/api/auth/login').send({ email: 'nobody@example.org', password: 'whatever-it-is' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'auth/invalid_credentials', message: 'Invalid email or password' });
    const inactive = await createUser(t.db, { roles: ['editor'], active: false });
    const res = await http().post('/api/auth/login').send({ email: inactive.email, password: inactive.password }).expect(401);
    expect(res.body).toEqual(wrong.body);
  });

  it('only accepts JSON and a strict body', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    await http().post('/api/auth/login').type('form').send({ email: u.email, password: u.password }).expect(415);
    const res = await http().post('/api/auth/login').send({ email: u.email, password: u.password, admin: true }).expect(400);
    expect(res.body.issues).toEqual([{ path: 'admin', message: 'Unknown parameter "admin"' }]);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const agent = await signedInAgent(t.app, t.db, ['editor']);
    const noHeader = await agent.post('/api/auth/logout').set('X-CSRF-Token', '').expect(403);
    expect(noHeader.body).toMatchObject({ code: 'auth/csrf_failed' });
    await agent.post('/api/auth/logout').set('X-CSRF-Token', 'x'.repeat(43)).expect(403);
    // A token from another session does not work either.
    const other = await signedInAgent(t.app, t.db, ['editor']);
    await agent.post('/api/auth/logout').set('X-CSRF-Token', other.csrfToken).expect(403);
    await agent.get('/api/auth/session').expect(200);
  });

  it('logs out: the session ends and the cookies are cleared', async () => {
    const agent = await signedInAgent(t.app, t.db, ['editor']);
    const res = await agent.post('/api/auth/logout').expect(204);
    expect((res.headers['set-cookie'] as unknown as string[]).join()).toMatch(/dc_session=;/);
    await agent.get('/api/auth/session').expect(401);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [agent.user.id]);
    expect(n).toBe(0);
  });

  it('a copied session cookie stops working after logout', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    const res = await http().post('/api/auth/login').send({ email: u.email, password: u.password }).expect(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    await http().get('/api/auth/session').set('Cookie', cookie).expect(200);
    await http().post('/api/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', res.body.csrfToken).expect(204);
    await http().get('/api/auth/session').set('Cookie', cookie).expect(401);
    await http().post('/api/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', res.body.csrfToken).expect(401);
  });

  it('signing in again replaces the session the browser had', async () => {
    const agent = await signedInAgent(t.app, t.db, ['editor']);
    const other = await createUser(t.db, { roles: ['reviewer'] });
    await agent.post('/api/auth/login').send({ email: other.email, password: other.password }).expect(200);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [agent.user.id]);
    expect(n).toBe(0);
    const res = await agent.get('/api/auth/session').expect(200);
    expect(res.body.user.id).toBe(other.id);
  });

  it('slides the expiry forward on use and refuses expired sessions', async () => {
    const agent = await signedInAgent(t.app, t.db, ['editor']);
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '2 minutes', expires_at = now() + interval '1 minute' WHERE user_id = $1`, [
      agent.user.id,
    ]);
    await agent.get('/api/auth/session').expect(200);
    const [s] = await t.db.query(`SELECT expires_at > now() + interval '11 hours' AS slid FROM sessions WHERE user_id = $1`, [agent.user.id]);
    expect(s.slid).toBe(true);
    // Never beyond the absolute lifetime.
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '2 minutes', max_expires_at = now() + interval '5 minutes' WHERE user_id = $1`, [
      agent.user.id,
    ]);
    await agent.get('/api/auth/session').expect(200);
    const [c] = await t.db.query(`SELECT expires_at <= max_expires_at AS capped FROM sessions WHERE user_id = $1`, [agent.user.id]);
    expect(c.capped).toBe(true);
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [agent.user.id]);
    await agent.get('/api/auth/session').expect(401);
  });

  it('documents the auth routes and the cookie security scheme', async () => {
    const res = await http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/auth/logout', '/api/auth/session', '/api/admin/users', '/api/admin/users/{id}', '/api/admin/audit']),
    );
    expect(res.body.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'dc_session' });
    const list = res.body.paths['/api/admin/users'].get;
    expect(list.security).toEqual([{ session: [] }]);
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(['200', '401', '403']));
  });

  it('ignores malformed and forged session cookies', async () => {
    for (const value of ['', 'abc', 'x'.repeat(43), '%E0%A4%A', 'a'.repeat(5000)]) {
      const res = await http().get('/api/auth/session').set('Cookie', `dc_session=${value}`);
      expect(res.status).toBe(401);
    }
  });
});

describe('auth behind https (PUBLIC_URL=https://…): __Host- cookies a sibling subdomain cannot plant', () => {
  const t = useTestApp(() => startTestApp({ seed: false, env: { PUBLIC_URL: 'https://dualcarbon.example.org' } }));
  const http = () => request(t.app.getHttpServer());
  const cookieValue = (cookies: string[], name: string) => new RegExp(`^${name}=([^;]*)`).exec(cookies.find((c) => c.startsWith(`${name}=`)) ?? '')?.[1];

  it('marks every cookie Secure (session, CSRF, device)', async () => {
    const u = await createUser(t.db, { roles: ['admin'] });
    const res = await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: u.email, password: u.password }).expect(200);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies).toHaveLength(3);
    for (const c of cookies) expect(c).toMatch(/; Secure/);
  });

  it('names the session and CSRF cookies __Host- (Secure, Path=/, no Domain) and reads no other', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    const res = await http().post('/api/auth/login').send({ email: u.email, password: u.password }).expect(200);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    for (const name of ['__Host-dc_session', '__Host-dc_csrf', '__Host-dc_device']) {
      const line = cookies.find((c) => c.startsWith(`${name}=`));
      expect(line, name).toBeDefined();
      expect(line).toMatch(/; Secure/);
      expect(line).toMatch(/; Path=\/(;|$)/);
      expect(line).not.toMatch(/Domain=/i);
    }
    expect(cookies.filter((c) => /^dc_/.test(c))).toEqual([]);
    const token = cookieValue(cookies, '__Host-dc_session')!;
    const csrf = cookieValue(cookies, '__Host-dc_csrf')!;
    expect(csrf).toBe(res.body.csrfToken);

    await http().get('/api/auth/session').set('Cookie', `__Host-dc_session=${token}`).expect(200);
    // The same values under the unprefixed names, as a sibling subdomain could set them, count for nothing.
    await http().get('/api/auth/session').set('Cookie', `dc_session=${token}`).expect(401);
    const planted = await http().post('/api/auth/logout').set('Cookie', `__Host-dc_session=${token}; dc_csrf=${csrf}`).set('X-CSRF-Token', csrf).expect(403);
    expect(planted.body.code).toBe('auth/csrf_failed');
    const out = await http().post('/api/auth/logout').set('Cookie', `__Host-dc_session=${token}; __Host-dc_csrf=${csrf}`).set('X-CSRF-Token', csrf).expect(204);
    expect((out.headers['set-cookie'] as unknown as string[]).join()).toMatch(/__Host-dc_session=;.*Path=\//);
  });
});
