import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfirmationMails } from '../src/subscriptions/confirmation-mails';
import { linkTo, readOutbox } from './helpers/mail-outbox';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('subscriptions: double opt-in, no enumeration, one-click unsubscribe, rate limit', () => {
  let t: TestApp;
  let dataDir: string;
  const api = () => request(t.app.getHttpServer());
  const settled = () => t.app.get(ConfirmationMails).settled();
  const subscribe = (email: string, lang = 'en', ip = '203.0.113.7') => api().post('/api/subscriptions').set('X-Forwarded-For', ip).send({ email, lang });
  const mailsTo = async (email: string) => (await readOutbox(dataDir)).filter((m) => m.to === email);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dc-subscriptions-'));
    // TRUST_PROXY: each test picks its client address through X-Forwarded-For.
    t = await startTestApp({ env: { DATA_DIR: dataDir, PUBLIC_URL: 'https://briefings.example.org', TRUST_PROXY: 'loopback', SUBSCRIBE_MAX_PER_IP: '4' } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the same for a new, a pending and a confirmed address, and mails a signed confirmation link', async () => {
    const first = await subscribe('Ada@Example.org', 'zh', '203.0.113.1').expect(202);
    expect(first.headers['cache-control']).toBe('no-store');
    await settled();
    const [mail] = await mailsTo('ada@example.org');
    expect(mail.subject).toBe('请确认订阅 dualcarbon 简报');
    expect(mail.headers['list-unsubscribe']).toMatch(/^<https:\/\/briefings\.example\.org\/api\/subscriptions\/unsubscribe\?token=v1\.[\w.-]+>$/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.body).not.toContain('Ada@');
    expect(statSync(join(dataDir, 'mail-secret')).mode & 0o777).toBe(0o600);

    const again = await subscribe('ada@example.org', 'zh', '203.0.113.1').expect(202);
    expect(again.body).toEqual(first.body);
    await settled();
    expect(await mailsTo('ada@example.org')).toHaveLength(1); // a pending address is not mailed again at once

    const confirmed = await api().get(linkTo(mail, '/api/subscriptions/confirm')).expect(200);
    expect(confirmed.body).toEqual({ status: 'confirmed', lang: 'zh' });
    expect(confirmed.headers['cache-control']).toBe('no-store');
    const known = await subscribe('ada@example.org', 'en', '203.0.113.1').expect(202);
    expect(known.body).toEqual(first.body);
    await settled();
    expect(await mailsTo('ada@example.org')).toHaveLength(1);
    const [row] = await t.db.query(`SELECT status, lang FROM subscribers WHERE email = 'ada@example.org'`);
    expect(row).toEqual({ status: 'confirmed', lang: 'zh' });

    // The unsubscribe link sends a browser to the confirmation page in the subscriber's language.
    const unsub = linkTo(mail, '/api/subscriptions/unsubscribe');
    const opened = await api().get(unsub).set('Accept', 'text/html').set('Accept-Language', 'en').expect(303);
    expect(opened.headers.location).toBe(`/zh/briefings/unsubscribe?token=${new URL(unsub, 'http://x').searchParams.get('token')}`);
    expect((await t.db.query(`SELECT status FROM subscribers WHERE email = 'ada@example.org'`))[0].status).toBe('confirmed');
  });

  it('sends browsers on to the portal and refuses forged or outdated links', async () => {
    await subscribe('grace@example.org', 'en', '203.0.113.2').expect(202);
    await settled();
    const [mail] = await mailsTo('grace@example.org');
    const confirm = linkTo(mail, '/api/subscriptions/confirm');
    const browser = await api().get(confirm).set('Accept', 'text/html,application/xhtml+xml').expect(303);
    expect(browser.headers.location).toBe('/en/briefings?subscription=confirmed');

    const forged = confirm.replace(/token=v1\.(\w)/, (_m, c) => `token=v1.${c === 'A' ? 'B' : 'A'}`);
    expect((await api().get(forged).expect(400)).body.code).toBe('subscription/invalid_token');
    const tampered = await api().get(forged).set('Accept', 'text/html').expect(303);
    expect(tampered.headers.location).toBe('/en/briefings?subscription=invalid');
    // An unsubscribe token does not confirm, and vice versa.
    const unsub = linkTo(mail, '/api/subscriptions/unsubscribe');
    expect((await api().get(unsub.replace('/unsubscribe', '/confirm')).expect(400)).body.code).toBe('subscription/invalid_token');

    // Fetching the unsubscribe link, as mail security scanners do with every link, changes nothing.
    const status = async () => (await t.db.query(`SELECT status FROM subscribers WHERE email = 'grace@example.org'`))[0].status;
    const token = new URL(unsub, 'http://x').searchParams.get('token')!;
    const page = await api().get(unsub).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(303);
    expect(page.headers.location).toBe(`/en/briefings/unsubscribe?token=${token}`);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(await status()).toBe('confirmed');
    const checked = await api().get(unsub).expect(200);
    expect(checked.headers['cache-control']).toBe('no-store');
    expect(checked.body).toMatchObject({ status: 'confirmed', lang: 'en', unsubscribe: { method: 'POST', body: 'List-Unsubscribe=One-Click' } });
    expect(checked.body.message).toContain('POST');
    expect(await status()).toBe('confirmed');
    const forgedUnsub = unsub.replace(/token=v1\.(\w)/, (_m, c) => `token=v1.${c === 'A' ? 'B' : 'A'}`);
    expect((await api().get(forgedUnsub).expect(400)).body.code).toBe('subscription/invalid_token');
    expect((await api().get(forgedUnsub).set('Accept', 'text/html').set('Accept-Language', 'zh-CN').expect(303)).headers.location).toBe(
      '/zh/briefings?subscription=invalid',
    );
    expect((await api().post(forgedUnsub).type('form').send('List-Unsubscribe=One-Click').expect(400)).body.code).toBe('subscription/invalid_token');

    // RFC 8058 one-click: the mail client POSTs the form body to the List-Unsubscribe URL.
    const oneClick = await api().post(unsub).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(oneClick.body).toEqual({ status: 'unsubscribed', lang: 'en' });
    expect(oneClick.headers['cache-control']).toBe('no-store');
    expect(await status()).toBe('unsubscribed');
    expect((await api().get(unsub).expect(200)).body.status).toBe('unsubscribed');
    // The portal's confirmation page POSTs JSON; unsubscribing twice is fine.
    expect((await api().post(unsub).send({}).expect(200)).body).toEqual({ status: 'unsubscribed', lang: 'en' });
    // The old confirmation link does not bring the address back.
    expect((await api().get(confirm).expect(400)).body.code).toBe('subscription/invalid_token');
    // Subscribing again does, after a new confirmation.
    await subscribe('grace@example.org', 'en', '203.0.113.2').expect(202);
    await settled();
    const second = (await mailsTo('grace@example.org'))[1];
    expect((await api().get(linkTo(second, '/api/subscriptions/confirm')).expect(200)).body.status).toBe('confirmed');
  });

  it('documents that the unsubscribe GET only checks and the POST unsubscribes', async () => {
    const doc = (await api().get('/api/docs-json').expect(200)).body;
    const route = doc.paths['/api/subscriptions/unsubscribe'];
    expect(route.get.summary).toContain('changes nothing');
    expect(Object.keys(route.get.responses)).toEqual(expect.arrayContaining(['200', '303', '400']));
    expect(JSON.stringify(route.get.responses['200'])).toContain('List-Unsubscribe=One-Click');
    expect(route.post.summary).toContain('One-Click');
  });

  it('takes subscriptions as JSON only, so another site cannot make its visitors request confirmation mails', async () => {
    const post = (type: string, body: string) => api().post('/api/subscriptions').set('X-Forwarded-For', '192.0.2.77').set('Content-Type', type).send(body);
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', 'email=victim%40example.org&lang=en'],
      ['text/plain', 'email=victim@example.org'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nvictim@example.org\r\n--x--\r\n'],
    ]) {
      const res = await post(type, body).expect(415);
      expect(res.body, type).toMatchObject({ statusCode: 415, code: 'request/unsupported_media_type' });
    }
    await settled();
    expect(await mailsTo('victim@example.org')).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM subscribers WHERE email = 'victim@example.org'`)).toEqual([]);
    // Mail clients' RFC 8058 one-click unsubscribe stays a form post.
    const oneClick = await api()
      .post('/api/subscriptions/unsubscribe?token=v1.forged')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('List-Unsubscribe=One-Click');
    expect(oneClick.body.code).toBe('subscription/invalid_token');
  });

  it('limits requests per client address, whatever the e-mail address', async () => {
    for (let i = 0; i < 4; i++) await subscribe(`someone-${i}@example.org`, 'en', '198.51.100.9').expect(202);
    const limited = await subscribe('someone-else@example.org', 'en', '198.51.100.9').expect(429);
    expect(limited.body.code).toBe('subscription/rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await subscribe('someone-else@example.org', 'en', '198.51.100.10').expect(202);
    expect((await subscribe('not-an-address', 'en', '198.51.100.11').expect(400)).body.code).toBe('request/invalid');
    await settled();
  });
});
