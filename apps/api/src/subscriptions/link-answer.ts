import type { Request, Response } from 'express';
import { SUBSCRIPTION_INVALID_TOKEN } from '../common/errors';

/** Answers about subscriptions are personal: never stored by caches, never revalidated. */
export function noStore(res: Response) {
  res.setHeader('Cache-Control', 'no-store');
  res.removeHeader('Last-Modified');
}

const isInvalidToken = (err: unknown) => (err as { code?: string } | null)?.code === SUBSCRIPTION_INVALID_TOKEN;

type Lang = 'en' | 'zh';

/** The portal's briefings page, which says what happened (`?subscription=confirmed|unsubscribed|invalid`). */
export const briefingsNotice = (lang: Lang, status: string) => `/${lang}/briefings?subscription=${status}`;

/**
 * A signed link opened in a browser (Accept: text/html) is sent on (303) to a portal page: by default
 * the briefings page with the outcome (`page` picks another); API clients get the outcome as JSON (or
 * the error). A forged or outdated link sends a browser to the briefings page's "invalid" notice.
 */
export async function answerLink<T extends { lang: Lang; status: string }>(
  req: Request,
  res: Response,
  work: () => Promise<T>,
  page: (out: T) => string = (out) => briefingsNotice(out.lang, out.status),
): Promise<void> {
  noStore(res);
  const browser = req.accepts(['json', 'html']) === 'html';
  const lang = /^zh\b/i.test(String(req.headers['accept-language'] ?? '')) ? 'zh' : 'en';
  try {
    const out = await work();
    if (browser) res.redirect(303, page(out));
    else res.status(200).json(out);
  } catch (err) {
    if (browser && isInvalidToken(err)) res.redirect(303, briefingsNotice(lang, 'invalid'));
    else throw err;
  }
}
