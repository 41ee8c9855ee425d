import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createUser, login } from './helpers/auth';
import { startTestApp, useTestApp } from './helpers/test-app';

describe('changing my own password (signed in)', () => {
  const t = useTestApp(() => startTestApp({ seed: false }));
  const http = () => request(t.app.getHttpServer());

  it('needs the current password, ends my other sessions, keeps this one, and is audited', async () => {
    const u = await createUser(t.db, { roles: ['reviewer'] });
    const here = await login(t.app, u.email, u.password);
    const elsewhere = await login(t.app, u.email, u.password);

    const wrong = await here.post('/api/auth/password').send({ currentPassword: 'not-my-password', newPassword: 'a-brand-new-passphrase' }).expect(403);
    expect(wrong.body).toMatchObject({ code: 'auth/wrong_password', issues: [{ path: 'currentPassword' }] });
    const short = await here.post('/api/auth/password').send({ currentPassword: u.password, newPassword: 'short' }).expect(400);
    expect(short.body.issues[0].path).toBe('newPassword');
    await here.post('/api/auth/password').set('X-CSRF-Token', '').send({ currentPassword: u.password, newPassword: 'a-brand-new-passphrase' }).expect(403);
    await http().post('/api/auth/password').send({ currentPassword: u.password, newPassword: 'a-brand-new-passphrase' }).expect(401);

    const res = await here.post('/api/auth/password').send({ currentPassword: u.password, newPassword: 'a-brand-new-passphrase' }).expect(200);
    expect(res.body).toEqual({ sessionsEnded: 1 });
    expect(res.headers['cache-control']).toBe('no-store');
    // The device cookie is signed with the password hash, so it is renewed along with the password.
    expect((res.headers['set-cookie'] as unknown as string[]).some((c) => c.startsWith('dc_device='))).toBe(true);
    await here.get('/api/auth/session').expect(200);
    await elsewhere.get('/api/auth/session').expect(401);
    await http().post('/api/auth/login').send({ email: u.email, password: u.password }).expect(401);
    await login(t.app, u.email, 'a-brand-new-passphrase');

    const [row] = await t.db.query(`SELECT actor_id, after FROM audit_log WHERE action = 'user.change_password' AND entity_id = $1`, [u.id]);
    expect(row).toEqual({ actor_id: u.id, after: { email: u.email, sessionsEnded: 1 } });
  });

  it('counts wrong current passwords like failed sign-ins, so a borrowed session cannot guess it quickly', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    const agent = await login(t.app, u.email, u.password);
    for (let i = 0; i < 5; i++)
      await agent
        .post('/api/auth/password')
        .send({ currentPassword: `guess-${i}`, newPassword: 'a-brand-new-passphrase' })
        .expect(403);
    const held = await agent.post('/api/auth/password').send({ currentPassword: u.password, newPassword: 'a-brand-new-passphrase' }).expect(429);
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
  });
});
