import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A message the file transport wrote to `$DATA_DIR/mail/*.eml`, decoded enough for tests. */
export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  headers: Record<string, string>;
  /** The whole message with quoted-printable soft breaks and escapes undone. */
  body: string;
  links: string[];
}

function decodeQuotedPrintable(s: string): string {
  const bytes = s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeHeader(v: string): string {
  return v.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

/** The mail the app's file transport wrote under its DATA_DIR, oldest first. */
export const readOutbox = (dataDir: string): OutboxMail[] => readMailFolder(join(dataDir, 'mail'));

/** Every .eml file in a folder, oldest first (the black-box tests in tests/ read the app's mail folder with this too). */
export function readMailFolder(dir: string): OutboxMail[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const [head] = raw.split(/\r?\n\r?\n/);
      const headers: Record<string, string> = {};
      for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).toLowerCase()] = decodeHeader(line.slice(i + 1).trim());
      }
      const body = decodeQuotedPrintable(raw);
      const links = [...new Set([...body.matchAll(/https?:\/\/[^\s"<>\]]+/g)].map((m) => m[0].replace(/&amp;/g, '&')))];
      return { file: f, to: headers.to ?? '', subject: headers.subject ?? '', headers, body, links };
    });
}

/** The path and query of the first link to this API route, to call on the test server. */
export function linkTo(mail: OutboxMail, route: string): string {
  const link = mail.links.find((l) => new URL(l).pathname === route);
  if (!link) throw new Error(`no ${route} link in ${mail.file}: ${mail.links.join(', ')}`);
  const u = new URL(link);
  return `${u.pathname}${u.search}`;
}
