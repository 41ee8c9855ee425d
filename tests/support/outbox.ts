import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A message the app's file transport wrote to `$DATA_DIR/mail/*.eml`: its recipient and its links. */
export interface OutboxMail {
  to: string;
  headers: Record<string, string>;
  links: string[];
}

const undoQuotedPrintable = (s: string) =>
  Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

export function readOutbox(mailDir: string): OutboxMail[] {
  if (!existsSync(mailDir)) return [];
  return readdirSync(mailDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(mailDir, f), 'utf8');
      const headers: Record<string, string> = {};
      for (const line of raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      const links = [...new Set([...undoQuotedPrintable(raw).matchAll(/https?:\/\/[^\s"<>\]]+/g)].map((m) => m[0].replace(/&amp;/g, '&')))];
      return { to: headers.to ?? '', headers, links };
    });
}

/** Waits for the app (which mails after answering) to write a message to `to` with a link to `route`; returns that link. */
export async function waitForLink(mailDir: string, to: string, route: string, timeoutMs = 10_000): Promise<string> {
  // Never skipped: against an app started elsewhere (E2E_BASE_URL) the tests must be told where it writes mail.
  if (!mailDir) throw new Error('These tests read the mail the app sends: with E2E_BASE_URL, set E2E_MAIL_DIR to its mail folder (DATA_DIR/mail).');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const link = readOutbox(mailDir)
      .filter((m) => m.to === to)
      .flatMap((m) => m.links)
      .find((l) => new URL(l).pathname === route);
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} with a ${route} link in ${mailDir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
