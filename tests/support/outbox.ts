import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

/** A message the app's file transport wrote to `$DATA_DIR/mail/*.eml`: its recipient and its links (read by mailparser). */
export interface OutboxMail {
  to: string;
  links: string[];
}

export async function readOutbox(mailDir: string): Promise<OutboxMail[]> {
  if (!existsSync(mailDir)) return [];
  const files = (await readdir(mailDir)).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await readFile(join(mailDir, file)));
      const to = [mail.to ?? []].flat().flatMap((a) => a.value)[0]?.address ?? '';
      const text = `${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`;
      const links = [...new Set([...text.matchAll(/https?:\/\/[^\s"<>\]]+/g)].map((m) => m[0].replace(/&amp;/g, '&')))];
      return { to, links };
    }),
  );
}

/** Waits for the app (which mails after answering) to write a message to `to` with a link to `route`; returns that link. */
export async function waitForLink(mailDir: string, to: string, route: string, timeoutMs = 10_000): Promise<string> {
  // Never skipped: against an app started elsewhere (E2E_BASE_URL) the tests must be told where it writes mail.
  if (!mailDir) throw new Error('These tests read the mail the app sends: with E2E_BASE_URL, set E2E_MAIL_DIR to its mail folder (DATA_DIR/mail).');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const link = (await readOutbox(mailDir))
      .filter((m) => m.to === to)
      .flatMap((m) => m.links)
      .find((l) => new URL(l).pathname === route);
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} with a ${route} link in ${mailDir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
