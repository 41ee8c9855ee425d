/** The mail the app under test sent: one reader of the file transport's .eml files, shared with the API's tests. */
import { readMailFolder, type OutboxMail } from '../../apps/api/test/helpers/mail-outbox';

export type { OutboxMail };

/** The messages the app's file transport wrote to `$DATA_DIR/mail/*.eml` (the folder given), oldest first. */
export const readOutbox = (mailDir: string): Promise<OutboxMail[]> => readMailFolder(mailDir);

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
