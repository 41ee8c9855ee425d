import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from './helpers/auth';
import { startTestApp, type TestApp } from './helpers/test-app';

const spoofed = (i: number) => `198.51.100.${i}, 10.0.0.${i}`;

/**
 * Defaults: after 5 failed sign-ins of an account (since its last success, within a day) each further
 * attempt waits a delay that doubles from 1 s up to 15 min; 20 failures per client address in 15 min;
 * a browser holding the account's device cookie (it signed in before) is held back by neither.
 */
describe('login limits: per-account delay, per-IP limit, device cookies', () => {
  let t: TestApp;
  const login = (email: string, password: string, opts: { xff?: string; cookie?: string } = {}) => {
    const r = request(t.app.getHttpServer()).post('/api/auth/login');
    if (opts.xff) r.set('X-Forwarded-For', opts.xff);
    if (opts.cookie) r.set('Cookie', opts.cookie);
    return r.send({ email, password });
  };
  /** Lets every delay run out (the account's failures are kept: a day's worth counts). */
  const waitOut = () => t.db.query(`UPDATE login_attempts SET at = at - interval '16 minutes'`);
  /** Signs in once and returns the device cookie the browser got ("dc_device=…"). */
  const deviceCookieOf = async (email: string, password: string) => {
    const res = await login(email, password).expect(200);
    const line = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('dc_device='));
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Strict/i);
    return line!.split(';')[0]!;
  };

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  beforeEach(() => t.db.query(`DELETE FROM login_attempts`));
  afterAll(() => t?.close());

  it('after 5 failures makes the account wait, 1 s then twice as long after each failure, up to 15 minutes, however the email is spelt', async () => {
    const u = await createUser(t.db, { roles: ['editor'], email: 'limited@example.org' });
    const spellings = ['limited@example.org', 'LIMITED@example.org', '  Limited@Example.ORG', 'limited@EXAMPLE.org\t', 'ＬＩＭＩＴＥＤ@example.org'];
    for (const [i, email] of spellings.entries()) await login(email, 'wrong-password', { xff: spoofed(i) }).expect(401);
    const delays: number[] = [];
    for (let i = 0; i < 13; i++) {
      const held = await login(u.email, u.password, { xff: spoofed(99) }).expect(429);
      expect(held.body).toMatchObject({ statusCode: 429, code: 'auth/rate_limited' });
      expect(held.headers['cache-control']).toBe('no-store');
      delays.push(Number(held.headers['retry-after']));
      await waitOut();
      await login(u.email, 'wrong-password').expect(401);
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
    // Held-back attempts are not checked and do not lengthen the delay.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM login_attempts WHERE outcome = 'blocked'`);
    expect(n).toBe(13);
    await waitOut();
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

  it('never refuses the right password from a browser that signed in before, however many guesses others make', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    const device = await deviceCookieOf(u.email, u.password);
    // Someone who knows the address guesses from many places, then from this one until the IP limit too.
    for (let i = 0; i < 5; i++) await login(u.email, `guess-${i}`, { xff: spoofed(i) }).expect(401);
    for (let i = 0; i < 15; i++) await login(`other${i}@example.org`, 'guess').expect(401);
    await login(u.email, u.password).expect(429);
    const again = await login(u.email, u.password, { cookie: device }).expect(200);
    expect(again.body.user.id).toBe(u.id);
    const [row] = await t.db.query(`SELECT after FROM audit_log WHERE action = 'auth.login' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [u.id]);
    expect(row.after).toMatchObject({ trustedDevice: true });
  });

  it('trusts a device cookie only for its account, unaltered, until the password changes or it fails 5 times itself', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    const other = await createUser(t.db, { roles: ['editor'] });
    const device = await deviceCookieOf(u.email, u.password);
    const othersDevice = await deviceCookieOf(other.email, other.password);
    for (let i = 0; i < 5; i++) await login(u.email, `guess-${i}`).expect(401);
    await login(u.email, u.password, { cookie: othersDevice }).expect(429);
    await login(u.email, u.password, { cookie: `${device.slice(0, -2)}AA` }).expect(429);
    await login(u.email, u.password, { cookie: device }).expect(200);

    // Its own failures: five wrong passwords from this browser, then it waits like any other.
    for (let i = 0; i < 5; i++) await login(u.email, `typo-${i}`, { cookie: device }).expect(401);
    await login(u.email, u.password, { cookie: device }).expect(429);

    // A new password retires every device cookie the account had.
    await t.db.query(`DELETE FROM login_attempts`);
    const fresh = await deviceCookieOf(u.email, u.password);
    // Even the same password set again (a new salt, so a new hash) counts as a change.
    const twin = await createUser(t.db, { roles: ['editor'], password: u.password });
    await t.db.query(`UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE id = $2) WHERE id = $1`, [u.id, twin.id]);
    for (let i = 0; i < 5; i++) await login(u.email, `guess-${i}`).expect(401);
    await login(u.email, u.password, { cookie: fresh }).expect(429);
  });

  it('limits an IP to 20 failures across accounts, ignoring X-Forwarded-For (TRUST_PROXY unset)', async () => {
    for (let i = 0; i < 20; i++) await login(`victim${i}@example.org`, 'wrong-password', { xff: spoofed(i) }).expect(401);
    const u = await createUser(t.db, { roles: ['editor'] });
    const res = await login(u.email, u.password, { xff: spoofed(200) }).expect(429);
    expect(res.body.code).toBe('auth/rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(800);
    const ips: Array<{ ip: string }> = await t.db.query(`SELECT DISTINCT ip FROM login_attempts`);
    expect(ips.map((r) => r.ip).join()).not.toContain('198.51.100');
  });

  it('holds against a burst of parallel guesses', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    const results = await Promise.all(Array.from({ length: 12 }, () => login(u.email, 'wrong-password')));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // However the burst interleaved, no more than 5 passwords were checked before the first delay.
    const checked = statuses.filter((s) => s === 401).length;
    for (let i = checked; i < 5; i++) await login(u.email, 'wrong-password').expect(401);
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
