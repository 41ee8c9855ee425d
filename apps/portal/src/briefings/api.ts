import type { PublicIssue, PublicIssueList } from '@dualcarbon/domain';
import { getJson } from '@/api/http';

/** A published issue as `GET /api/newsletters/:number` gives it (only published entries appear). */
export type Briefing = PublicIssue;
export type BriefingSection = Briefing['sections'][number];
export type BriefingItem = BriefingSection['groups'][number]['items'][number];

export async function fetchBriefings(path: string): Promise<Briefing[]> {
  return (await getJson<PublicIssueList>(path)).items;
}

export const fetchBriefing = (path: string): Promise<Briefing> => getJson<Briefing>(path);

export const feedHref = (lang: string) => `/api/feeds/newsletters.atom${lang === 'zh' ? '?lang=zh' : ''}`;

export type SubscribeOutcome = 'done' | 'limited' | 'invalid' | 'failed';

/** `POST /api/subscriptions`: the answer never says whether the address was known. */
export async function subscribe(email: string, lang: string): Promise<SubscribeOutcome> {
  try {
    const res = await fetch('/api/subscriptions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email, lang }),
    });
    if (res.ok) return 'done';
    return res.status === 429 ? 'limited' : res.status === 400 ? 'invalid' : 'failed';
  } catch {
    return 'failed';
  }
}

/** Where the subscriber of an unsubscribe link stands; `invalid`: forged, outdated or no token. */
export type LinkCheck = { status: 'pending' | 'confirmed' | 'unsubscribed' } | 'invalid' | 'failed';
export type UnsubscribeOutcome = 'unsubscribed' | 'invalid' | 'failed';

const unsubscribeUrl = (token: string) => `/api/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`;
const tokenRefused = (res: Response) => res.status === 400 || res.status === 404;

/** `GET /api/subscriptions/unsubscribe?token=` as JSON: checks the link, changes nothing. */
export async function checkUnsubscribeLink(token: string): Promise<LinkCheck> {
  try {
    const res = await fetch(unsubscribeUrl(token), { headers: { Accept: 'application/json' } });
    if (tokenRefused(res)) return 'invalid';
    const body = res.ok ? ((await res.json()) as { status?: unknown }) : null;
    const status = body?.status;
    return status === 'pending' || status === 'confirmed' || status === 'unsubscribed' ? { status } : 'failed';
  } catch {
    return 'failed';
  }
}

/** `POST /api/subscriptions/unsubscribe?token=` with the RFC 8058 one-click body, as mail clients send it. */
export async function unsubscribe(token: string): Promise<UnsubscribeOutcome> {
  try {
    const res = await fetch(unsubscribeUrl(token), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: 'List-Unsubscribe=One-Click',
    });
    if (res.ok) return 'unsubscribed';
    return tokenRefused(res) ? 'invalid' : 'failed';
  } catch {
    return 'failed';
  }
}
