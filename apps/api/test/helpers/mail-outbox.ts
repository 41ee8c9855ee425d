import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

/** A message the file transport wrote to `$DATA_DIR/mail/*.eml`, read by mailparser. */
export interface OutboxMail {
  file: string;
  /** The first recipient's address. */
  to: string;
  /** Decoded subject. */
  subject: string;
  /** Each header as written (unfolded, lower-case names), e.g. `list-unsubscribe`, `content-type`. */
  headers: Record<string, string>;
  /** The text part, and the HTML part ('' when there is none). */
  text: string;
  html: string;
  /** Both parts. */
  body: string;
  /** Every http(s) link in the text and HTML parts, HTML entities undone. */
  links: string[];
}

/** The mail the app's file transport wrote under its DATA_DIR, oldest first. */
export const readOutbox = (dataDir: string): Promise<OutboxMail[]> => readMailFolder(join(dataDir, 'mail'));

/** Every .eml file in a folder, oldest first, read by mailparser (the black-box tests in tests/ read the app's mail folder with this too). */
export async function readMailFolder(dir: string): Promise<OutboxMail[]> {
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await readFile(join(dir, file)));
      const headers: Record<string, string> = {};
      for (const { key, line } of mail.headerLines)
        headers[key] = line
          .slice(line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim();
      const to = [mail.to ?? []].flat().flatMap((a) => a.value)[0]?.address ?? '';
      const text = mail.text ?? '';
      const html = typeof mail.html === 'string' ? mail.html : '';
      const body = `${text}\n${html}`;
      const links = [...new Set([...body.matchAll(/https?:\/\/[^\s"<>\]]+/g)].map((m) => m[0].replace(/&amp;/g, '&')))];
      return { file, to, subject: mail.subject ?? '', headers, text, html, body, links };
    }),
  );
}

/** The path and query of the first link to this API route, to call on the test server. */
export function linkTo(mail: OutboxMail, route: string): string {
  const link = mail.links.find((l) => new URL(l).pathname === route);
  if (!link) throw new Error(`no ${route} link in ${mail.file}: ${mail.links.join(', ')}`);
  const u = new URL(link);
  return `${u.pathname}${u.search}`;
}
