import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MailTransport } from '../src/mail/mail-transport';
import { backoffMs } from '../src/mail/retrying-queue';
import { maskEmail } from '../src/subscriptions/sends.service';
import { ConfirmationMails } from '../src/subscriptions/confirmation-mails';
import { signedInAgent, type SignedInAgent } from './helpers/auth';
import { linkTo, readOutbox } from './helpers/mail-outbox';
import { startTestApp, type TestApp } from './helpers/test-app';

const isIssue = (subject: string) => subject === 'Test Newsletter · Issue 1' || subject === 'Test Newsletter · 第1期';

describe('sending issue no. 1 through the file transport', () => {
  let t: TestApp;
  let dataDir: string;
  let reviewer: SignedInAgent;
  let admin: SignedInAgent;
  let id: string;
  const api = () => request(t.app.getHttpServer());
  const issueMails = async (to?: string) => (await readOutbox(dataDir)).filter((m) => isIssue(m.subject) && (!to || m.to === to));

  /** Subscribes through the API and clicks the confirmation link, as a reader would. */
  async function confirmedSubscriber(email: string, lang = 'en') {
    await api().post('/api/subscriptions').send({ email, lang }).expect(202);
    await t.app.get(ConfirmationMails).settled();
    const mail = (await readOutbox(dataDir)).filter((m) => m.to === email && m.links.some((l) => l.includes('/api/subscriptions/confirm'))).at(-1)!;
    await api().get(linkTo(mail, '/api/subscriptions/confirm')).expect(200);
  }

  async function sendAndWait(
    issue = id,
  ): Promise<{ queued: number; counts: Record<string, number>; items: { recipient: string; status: string; attempts: number; error: string | null }[] }> {
    const started = await reviewer.post(`/api/editor/newsletters/${issue}/send`).expect(202);
    for (let i = 0; i < 200; i++) {
      const p = (await admin.get(`/api/editor/newsletters/${issue}/sends`).expect(200)).body;
      if (p.done) return { ...p, queued: started.body.queued };
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('sending did not finish');
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dc-send-'));
    t = await startTestApp({
      env: {
        DATA_DIR: dataDir,
        PUBLIC_URL: 'http://briefings.example.org',
        MAIL_BATCH_SIZE: '1',
        MAIL_MAX_ATTEMPTS: '3',
        MAIL_RETRY_BASE_MS: '20',
        SUBSCRIBE_MAX_PER_IP: '100',
      },
    });
    reviewer = await signedInAgent(t.app, t.db, ['reviewer']);
    admin = await signedInAgent(t.app, t.db, ['admin']);
    [{ id }] = await t.db.query(`SELECT id FROM newsletters WHERE issue = 1`);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('mails both confirmed subscribers once, with HTML and text parts and List-Unsubscribe', async () => {
    await confirmedSubscriber('ada@example.org');
    await confirmedSubscriber('lin@example.org', 'zh');
    await api().post('/api/subscriptions').send({ email: 'pending@example.org' }).expect(202); // never confirmed
    const progress = await sendAndWait();
    expect(progress.queued).toBe(2);
    expect(progress.counts).toMatchObject({ sent: 2, failed: 0, total: 2 });

    const [ada] = await issueMails('ada@example.org');
    expect(ada.headers['list-unsubscribe']).toMatch(/^<http:\/\/briefings\.example\.org\/api\/subscriptions\/unsubscribe\?token=v1\.[\w.-]+>$/);
    expect(ada.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(ada.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(ada.text).toContain('http://briefings.example.org/en/entries/national-test-peaking-plan');
    expect(ada.text).not.toContain('role="presentation"');
    expect(ada.html).toContain('role="presentation"');
    expect(ada.body).toContain('http://briefings.example.org/en/entries/national-test-peaking-plan');
    expect(await issueMails()).toHaveLength(2);
    expect(ada.subject).toBe('Test Newsletter · Issue 1');
    const [lin] = await issueMails('lin@example.org');
    expect(lin.subject).toBe('Test Newsletter · 第1期');
    expect(lin.body).toContain('/zh/entries/national-test-peaking-plan');

    // Admins read the log in full; everyone else sees masked addresses and counts.
    expect(progress.items.map((i) => i.recipient).sort()).toEqual(['ada@example.org', 'lin@example.org']);
    const masked = (await reviewer.get(`/api/editor/newsletters/${id}/sends`).expect(200)).body;
    expect(masked.items.map((i: { recipient: string }) => i.recipient).sort()).toEqual(['a***a@e***e.org', 'l***n@e***e.org']);
    expect((await reviewer.get('/api/editor/subscribers/counts').expect(200)).body).toEqual({ pending: 1, confirmed: 2, unsubscribed: 0 });
    expect(JSON.stringify((await api().get('/api/newsletters/1').expect(200)).body)).not.toContain('@example.org');
  });

  it('unsubscribes with the link in the issue, and a second send skips that subscriber', async () => {
    const [ada] = await issueMails('ada@example.org');
    const link = linkTo(ada, '/api/subscriptions/unsubscribe');
    const status = async () => (await t.db.query(`SELECT status FROM subscribers WHERE email = 'ada@example.org'`))[0].status;
    // Following the link (or a scanner fetching it) only leads to the portal's confirmation page.
    const opened = await api().get(link).set('Accept', 'text/html').expect(303);
    expect(opened.headers.location).toBe(`/en/briefings/unsubscribe?token=${new URL(link, 'http://x').searchParams.get('token')}`);
    expect((await api().get(link).expect(200)).body).toMatchObject({ status: 'confirmed', lang: 'en' });
    expect(await status()).toBe('confirmed');
    // Its button (like a mail client's one-click) POSTs to the same URL.
    expect((await api().post(link).type('form').send('List-Unsubscribe=One-Click').expect(200)).body).toEqual({ status: 'unsubscribed', lang: 'en' });
    expect(await status()).toBe('unsubscribed');

    await confirmedSubscriber('grace@example.org');
    const second = await sendAndWait();
    expect(second.queued).toBe(1); // grace only: the others had this issue, and ada has left
    expect(second.counts).toMatchObject({ sent: 3, total: 3 });
    expect([await issueMails('grace@example.org'), await issueMails('ada@example.org'), await issueMails('lin@example.org')].map((m) => m.length)).toEqual([
      1, 1, 1,
    ]);

    // The next issue reaches the confirmed subscribers only.
    const editor = await signedInAgent(t.app, t.db, ['editor']);
    const issue2 = (await editor.post('/api/editor/newsletters/compose').send({ number: 2, periodFrom: '2021-10-01', periodTo: '2023-03-31' }).expect(201)).body
      .id;
    await editor.post(`/api/editor/newsletters/${issue2}/transitions`).send({ action: 'submit' }).expect(200);
    for (const action of ['approve', 'publish']) await reviewer.post(`/api/editor/newsletters/${issue2}/transitions`).send({ action }).expect(200);
    const next = await sendAndWait(issue2);
    expect(next.items.map((i) => i.recipient).sort()).toEqual(['grace@example.org', 'lin@example.org']);
    expect(
      (await readOutbox(dataDir))
        .filter((m) => /Issue 2|第2期/.test(m.subject))
        .map((m) => m.to)
        .sort(),
    ).toEqual(['grace@example.org', 'lin@example.org']);
  });

  it('retries a failing transport with backoff, then gives up after the maximum attempts', async () => {
    const transport = t.app.get(MailTransport);
    const real = transport.send.bind(transport);
    let flakyCalls = 0;
    vi.spyOn(transport, 'send').mockImplementation(async (mail) => {
      if (mail.to === 'flaky@example.org' && isIssue(mail.subject) && ++flakyCalls <= 2) throw new Error('421 try again later');
      if (mail.to === 'broken@example.org' && isIssue(mail.subject)) throw new Error('550 mailbox unavailable');
      return real(mail);
    });
    await confirmedSubscriber('flaky@example.org');
    await confirmedSubscriber('broken@example.org');
    const third = await sendAndWait();
    const row = (email: string) => third.items.find((i) => i.recipient === email)!;
    expect(row('flaky@example.org')).toMatchObject({ status: 'sent', attempts: 3, error: null });
    expect(row('broken@example.org')).toMatchObject({ status: 'failed', attempts: 3, error: '550 mailbox unavailable' });
    expect(await issueMails('flaky@example.org')).toHaveLength(1);
    expect(backoffMs(1, 1000)).toBe(1000);
    expect(backoffMs(4, 1000)).toBe(8000);
    expect(backoffMs(30, 1000)).toBe(3_600_000);
    expect(maskEmail('x@y.cn')).toBe('x***@y***.cn');
    const audit = await t.db.query(`SELECT after FROM audit_log WHERE action = 'newsletter.send' ORDER BY id`);
    expect(audit.map((a: { after: { queued: number } }) => a.after.queued)).toEqual([2, 1, 2, 2]);
  });
});
