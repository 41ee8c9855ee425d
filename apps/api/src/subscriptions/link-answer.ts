import type { Request, Response } from 'express';
import { SUBSCRIPTION_INVALID_TOKEN } from '../common/errors';
import type { TokenOutcome } from './subscriptions.service';

/** Answers about subscriptions are personal: never stored by caches, never revalidated. */
export function noStore(res: Response) {
  res.setHeader('Cache-Control', 'no-store');
  res.removeHeader('Last-Modified');
}

const isInvalidToken = (err: unknown) => (err as { code?: string } | null)?.code === SUBSCRIPTION_INVALID_TOKEN;

/**
 * A signed link opened in a browser is sent on (303) to the portal's briefings page, which says
 * what happened (`?subscription=confirmed|unsubscribed|invalid`); API clients get JSON (or the error).
 */
export async function answerLink(req: Request, res: Response, work: () => Promise<TokenOutcome>): Promise<void> {
  noStore(res);
  const browser = req.accepts(['json', 'html']) === 'html';
  const lang = /^zh\b/i.test(String(req.headers['accept-language'] ?? '')) ? 'zh' : 'en';
  try {
    const out = await work();
    if (browser) res.redirect(303, `/${out.lang}/briefings?subscription=${out.status}`);
    else res.status(200).json(out);
  } catch (err) {
    if (browser && isInvalidToken(err)) res.redirect(303, `/${lang}/briefings?subscription=invalid`);
    else throw err;
  }
}
