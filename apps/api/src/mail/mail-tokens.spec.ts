import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { loadOrCreateSecret, MailTokens } from './mail-tokens';

describe('signed mail links', () => {
  const tokens = new MailTokens(() => 'x'.repeat(40));
  const id = '5f0c7d8e-1111-4222-8333-944455556666';

  it('round-trip, and refuse tampering, another purpose, another key and expiry', () => {
    const t = tokens.sign('confirm', id, { ttlSeconds: 60, gen: 2 }, 1_000_000);
    expect(tokens.verify(t, 'confirm', 1_000_000)).toEqual({ purpose: 'confirm', subscriber: id, iat: 1000, exp: 1060, gen: 2 });
    expect(tokens.verify(t, 'unsubscribe', 1_000_000)).toBeNull();
    expect(tokens.verify(t, 'confirm', 1_061_000)).toBeNull();
    expect(new MailTokens(() => 'y'.repeat(40)).verify(t, 'confirm', 1_000_000)).toBeNull();
    const [v, payload, mac] = t.split('.');
    const forged = Buffer.from(JSON.stringify({ p: 'c', s: 'someone-else', i: 1000 })).toString('base64url');
    expect(tokens.verify(`${v}.${forged}.${mac}`, 'confirm', 1_000_000)).toBeNull();
    expect(tokens.verify(`${v}.${payload}.${mac.slice(0, -1)}A`, 'confirm', 1_000_000)).toBeNull();
    for (const junk of [undefined, '', 'v1..', 'v2.abc.def', `${t}x`]) expect(tokens.verify(junk, 'confirm', 1_000_000)).toBeNull();
    const unsub = tokens.sign('unsubscribe', id);
    expect(tokens.verify(unsub, 'unsubscribe', Date.now() + 10 * 365 * 86_400_000)?.subscriber).toBe(id); // never expires
  });

  const dir = mkdtempSync(join(tmpdir(), 'dc-mail-secret-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates the secret once into DATA_DIR (mode 600) unless MAIL_SECRET is set', () => {
    const a = loadOrCreateSecret(undefined, dir);
    expect(loadOrCreateSecret(undefined, dir)).toBe(a);
    expect(readFileSync(join(dir, 'mail-secret'), 'utf8').trim()).toBe(a);
    expect(statSync(join(dir, 'mail-secret')).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecret('z'.repeat(32), dir)).toBe('z'.repeat(32));
  });

  it('requires MAIL_SECRET in production when SMTP is configured', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' }, '/repo')).toThrow(/MAIL_SECRET/);
    const c = loadConfig(
      { NODE_ENV: 'production', SMTP_URL: 'smtps://u:p@mail.example.org', MAIL_SECRET: 's'.repeat(32), MAIL_FROM: 'Briefings <b@example.org>' },
      '/repo',
    );
    expect(c.mail).toMatchObject({ smtpUrl: 'smtps://u:p@mail.example.org', from: 'Briefings <b@example.org>', dataDir: '/repo/.data', maxAttempts: 5 });
    expect(loadConfig({ NODE_ENV: 'development' }, '/repo').mail.smtpUrl).toBeUndefined();
    expect(() => loadConfig({ SMTP_URL: 'http://nope' }, '/repo')).toThrow(/SMTP_URL/);
  });
});
