import { createServer, type Server } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailTransport } from './mail-transport';

const MAIL = {
  to: 'reader@example.org',
  subject: 'Briefing · Issue 1',
  text: 'Hello',
  html: '<p>Hello</p>',
  unsubscribeUrl: 'https://example.org/api/subscriptions/unsubscribe?token=v1.abc.def',
};

/** Just enough SMTP to accept one message (no TLS, no auth): what nodemailer sends is kept in `received`. */
function fakeSmtp(received: string[]): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    let data = false;
    let buffer = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let at: number;
      while ((at = data ? buffer.indexOf('\r\n.\r\n') : buffer.indexOf('\r\n')) >= 0) {
        if (data) {
          received.push(buffer.slice(0, at));
          buffer = buffer.slice(at + 5);
          data = false;
          socket.write('250 2.0.0 queued as fake-1\r\n');
          continue;
        }
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') socket.write('250-fake\r\n250 8BITMIME\r\n');
        else if (cmd === 'DATA') {
          data = true;
          socket.write('354 go on\r\n');
        } else if (cmd === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as { port: number }).port })));
}

describe('mail transport', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-transport-'));
  const received: string[] = [];
  let smtp: { server: Server; port: number };
  beforeAll(async () => {
    smtp = await fakeSmtp(received);
  });
  afterAll(() => {
    smtp.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands the message to SMTP with List-Unsubscribe and List-Unsubscribe-Post', async () => {
    const transport = new MailTransport({ smtpUrl: `smtp://127.0.0.1:${smtp.port}/?ignoreTLS=true`, from: 'Briefings <b@example.org>', dataDir: dir });
    const sent = await transport.send(MAIL);
    transport.close();
    expect(sent.file).toBeUndefined();
    expect(received).toHaveLength(1);
    const headers = received[0].replace(/\r\n[ \t]+/g, ' ').split('\r\n');
    expect(headers).toContain('List-Unsubscribe: <https://example.org/api/subscriptions/unsubscribe?token=v1.abc.def>');
    expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(headers).toContain('From: Briefings <b@example.org>');
  });

  it('writes .eml files under DATA_DIR/mail without SMTP_URL', async () => {
    const transport = new MailTransport({ smtpUrl: undefined, from: 'x <x@example.org>', dataDir: dir });
    const sent = await transport.send(MAIL);
    expect(sent.file).toMatch(new RegExp(`^${join(dir, 'mail')}/.+\\.eml$`));
    const eml = readFileSync(sent.file!, 'utf8');
    expect(eml).toContain('To: reader@example.org');
    expect(eml).toContain('multipart/alternative');
  });
});
