import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from './helpers/auth';
import { startTestApp, type TestApp } from './helpers/test-app';

const spoofed = (i: number) => `198.51.100.${i}, 10.0.0.${i}`;

describe('login rate limits (defaults: 5 failures per account, 20 per IP, in 15 minutes)', () => {
  let t: TestApp;
  const login = (email: string, password: string, xff?: string) => {
    const r = request(t.app.getHttpServer()).post('/api/auth/login');
    return (xff ? r.set('X-Forwarded-For', xff) : r).send({ email, password });
  };

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  beforeEach(() => t.db.query(`DELETE FROM login_attempts`));
  afterAll(() => t?.close());

  it('locks an account after 5 failures, however the email is spelt and whatever X-Forwarded-For says', async () => {
    const u = await createUser(t.db, { roles: ['editor'], email: 'limited@example.org' });
    const spellings = ['limited@example.org', 'LIMITED@example.org', '  Limited@Example.ORG', 'limited@EXAMPLE.org\t', 'ＬＩＭＩＴＥＤ@example.org'];
    for (const [i, email] of spellings.entries()) {
      await login(email, 'wrong-password', spoofed(i)).expect(401);
    }
    const blocked = await login(u.email, u.password, spoofed(99)).expect(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'auth/rate_limited' });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(blocked.headers['cache-control']).toBe('no-store');
    // Blocked attempts are not checked and do not extend the lockout.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM login_attempts WHERE outcome = 'blocked'`);
    expect(n).toBe(1);
    // Once the window has passed (simulated by ageing the rows), the right password works again.
    await t.db.query(`UPDATE login_attempts SET at = at - interval '16 minutes'`);
    await login(u.email, u.password).expect(200);
  });

  it('counts unknown accounts too, so a 429 says nothing about whether an account exists', async () => {
    for (let i = 0; i < 5; i++) await login('ghost@example.org', `guess-${i}`).expect(401);
    await login('GHOST@example.org', 'another-guess').expect(429);
  });

  it('a success forgives earlier failures of the account', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    for (let i = 0; i < 4; i++) await login(u.email, 'wrong-password').expect(401);
    await login(u.email, u.password).expect(200);
    for (let i = 0; i < 4; i++) await login(u.email, 'wrong-password').expect(401);
    await login(u.email, u.password).expect(200);
  });

  it('locks an IP after 20 failures across accounts, ignoring X-Forwarded-For (TRUST_PROXY unset)', async () => {
    for (let i = 0; i < 20; i++) await login(`victim${i}@example.org`, 'wrong-password', spoofed(i)).expect(401);
    const u = await createUser(t.db, { roles: ['editor'] });
    const res = await login(u.email, u.password, spoofed(200)).expect(429);
    expect(res.body.code).toBe('auth/rate_limited');
    const ips: Array<{ ip: string }> = await t.db.query(`SELECT DISTINCT ip FROM login_attempts`);
    expect(ips.map((r) => r.ip).join()).not.toContain('198.51.100');
  });

  it('holds against a burst of parallel guesses', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    const results = await Promise.all(Array.from({ length: 12 }, () => login(u.email, 'wrong-password')));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // However the burst interleaved, no more than 5 passwords were ever checked in the window.
    let checked = statuses.filter((s) => s === 401).length;
    for (let i = 0; i < 6; i++) if ((await login(u.email, 'wrong-password')).status === 401) checked++;
    expect(checked).toBe(5);
    await login(u.email, u.password).expect(429);
  });

  it('audits failed and blocked logins with the client address and user agent', async () => {
    await login('audited@example.org', 'nope-nope').set('User-Agent', 'rate-test/1.0').expect(401);
    const [row] = await t.db.query(`SELECT * FROM audit_log WHERE action = 'auth.login_failed' AND after->>'email' = 'audited@example.org'`);
    expect(row).toMatchObject({ actor_id: null, entity_type: 'user', entity_id: null, user_agent: 'rate-test/1.0' });
    expect(row.after).toEqual({ email: 'audited@example.org', reason: 'unknown_user' });
    expect(row.ip).toMatch(/127\.0\.0\.1|::1/);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login_blocked'`);
    expect(n).toBeGreaterThan(0);
  });
});

describe('login rate limits behind a trusted proxy (TRUST_PROXY=loopback)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES_PER_IP: '3' } });
  });
  afterAll(() => t?.close());

  it('takes the client address from X-Forwarded-For, so clients behind the proxy are counted apart', async () => {
    const post = (xff: string, email: string) =>
      request(t.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', xff).send({ email, password: 'wrong-password' });
    for (let i = 0; i < 3; i++) await post('203.0.113.7', `a${i}@example.org`).expect(401);
    await post('203.0.113.7', 'a9@example.org').expect(429);
    await post('203.0.113.8', 'b@example.org').expect(401);
    const [row] = await t.db.query(`SELECT ip FROM audit_log WHERE after->>'email' = 'b@example.org'`);
    expect(row.ip).toBe('203.0.113.8');
  });
});
