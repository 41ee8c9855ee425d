import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../src/audit/audit.service';
import { createUser, login, signedInAgent, type SignedInAgent } from './helpers/auth';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('audit trail', () => {
  let t: TestApp;
  let admin: SignedInAgent;
  let audit: AuditService;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    admin = await signedInAgent(t.app, t.db, ['admin']);
    audit = t.app.get(AuditService);
  });
  afterAll(() => t?.close());

  it('records logins, failed logins and logouts: who, what, when, from where', async () => {
    const u = await createUser(t.db, { roles: ['editor'] });
    await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .set('User-Agent', 'audit-test/2')
      .send({ email: u.email, password: 'wrong-password' })
      .expect(401);
    const a = await login(t.app, u.email, u.password);
    await a.post('/api/auth/logout').set('User-Agent', 'audit-test/3').expect(204);
    const res = await admin.get(`/api/admin/audit?entityType=user&entityId=${u.id}`).expect(200);
    expect(res.body.items.map((i: { action: string }) => i.action)).toEqual(['auth.logout', 'auth.login', 'auth.login_failed']);
    const [logout, loginRow, failed] = res.body.items;
    expect(logout).toMatchObject({ actor: { id: u.id, email: u.email, name: u.name }, userAgent: 'audit-test/3', ip: expect.any(String) });
    expect(loginRow).toMatchObject({ actor: { id: u.id }, after: { sessionId: expect.any(String) } });
    expect(failed).toMatchObject({ actor: null, userAgent: 'audit-test/2', after: { email: u.email, reason: 'wrong_password' } });
    expect(Date.parse(failed.at)).toBeLessThanOrEqual(Date.parse(logout.at));
  });

  it('filters by actor, action (exact or prefix), entity and time, and pages', async () => {
    await audit.record({ actorId: admin.user.id, action: 'entry.submit', entityType: 'entry', entityId: 'e-1', after: { state: 'in_review' } });
    await audit.record({ actorId: admin.user.id, action: 'entry.approve', entityType: 'entry', entityId: 'e-1' });
    await audit.record({ actorId: null, action: 'entrypoint.other', entityType: 'misc' });
    const byPrefix = await admin.get('/api/admin/audit?action=entry.*').expect(200);
    expect(byPrefix.body.items.map((i: { action: string }) => i.action)).toEqual(['entry.approve', 'entry.submit']);
    const exact = await admin.get(`/api/admin/audit?action=entry.submit&actor=${admin.user.id}`).expect(200);
    expect(exact.body).toMatchObject({ total: 1, items: [{ entityType: 'entry', entityId: 'e-1', after: { state: 'in_review' }, before: null }] });
    const paged = await admin.get('/api/admin/audit?entityType=entry&page=2&pageSize=1').expect(200);
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ action: 'entry.submit' }] });
    const future = await admin.get('/api/admin/audit?from=2999-01-01').expect(200);
    expect(future.body.total).toBe(0);
    const past = await admin.get(`/api/admin/audit?to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}&entityType=entry`).expect(200);
    expect(past.body.total).toBe(2);
  });

  it('rejects unknown and malformed query parameters', async () => {
    const unknown = await admin.get('/api/admin/audit?user=x').expect(400);
    expect(unknown.body).toMatchObject({ code: 'request/invalid', issues: [{ path: 'user', message: 'Unknown parameter "user"' }] });
    for (const q of ['actor=bob', 'from=yesterday', 'pageSize=1000', 'page=0', 'from=2025-01-02&to=2025-01-01']) {
      const res = await admin.get(`/api/admin/audit?${q}`).expect(400);
      expect(res.body.code).toBe('request/invalid');
    }
  });

  it('writes in the caller’s transaction: rolled back with it, committed with it', async () => {
    await t.db.transaction(async (m) => {
      await audit.record({ actorId: null, action: 'test.committed', entityType: 'test' }, m);
    });
    await t.db
      .transaction(async (m) => {
        await audit.record({ actorId: null, action: 'test.rolled_back', entityType: 'test' }, m);
        throw new Error('abort');
      })
      .catch(() => undefined);
    const rows = await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'test'`);
    expect(rows).toEqual([{ action: 'test.committed' }]);
  });

  it('never stores secrets, whatever the caller passes', async () => {
    await audit.record({
      actorId: null,
      action: 'test.secret',
      entityType: 'test',
      before: { passwordHash: 'h', nested: { password: 'p', ok: 1 } },
      after: { token: 't', keep: true },
    });
    const [row] = await t.db.query(`SELECT before, after FROM audit_log WHERE action = 'test.secret'`);
    expect(row).toEqual({ before: { nested: { ok: 1 } }, after: { keep: true } });
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE fail', async () => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    await expect(t.db.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(after).toBe(n);
    const [{ tampered }] = await t.db.query(`SELECT count(*)::int AS tampered FROM audit_log WHERE action = 'tampered'`);
    expect(tampered).toBe(0);
  });
});
