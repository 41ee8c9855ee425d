import type { LocalizedText } from '@dualcarbon/domain';
import { getJson } from './http';
import { isObject, listOf, localized, num, pick, str } from './normalize';

/** The newest newsletter issue, as much of it as the home page shows. */
export interface NewsletterSummary {
  number: number;
  title: LocalizedText;
  intro: LocalizedText;
  periodFrom?: string;
  periodTo?: string;
  /** The entries the issue presents, in reading order (titles when the API sends them). */
  entries: { slug: string; title?: LocalizedText }[];
  /** The issue's page in the portal without the language prefix (`/briefings/1`), when the API gives it. */
  path?: string;
  /** Otherwise a rendition of the whole issue (the API's HTML e-mail). */
  href?: string;
}

function entriesOf(issue: unknown): NewsletterSummary['entries'] {
  const out: NewsletterSummary['entries'] = [];
  for (const s of listOf(pick(issue, ['sections']), []))
    for (const g of listOf(pick(s, ['groups']), []))
      for (const i of listOf(pick(g, ['items']), [])) {
        const slug = str(pick(i, ['entry', 'slug']));
        const title = isObject(i) && isObject(i.title) ? localized(i.title) : undefined;
        if (slug && !out.some((e) => e.slug === slug)) out.push({ slug, title: title && (title.en || title.zh) ? title : undefined });
      }
  return out;
}

function readIssue(raw: unknown): NewsletterSummary | null {
  const number = num(pick(raw, ['number', 'issue']));
  if (!isObject(raw) || number === undefined) return null;
  // The whole issue: the API's HTML rendition (`links.emailHtml`) when it has one.
  const href = str(pick(pick(raw, ['links']), ['emailHtml', 'html'])) ?? str(pick(raw, ['htmlUrl', 'href']));
  const url = str(raw.url);
  return {
    number,
    path: url && /^\/[a-z0-9/_-]+$/i.test(url) ? url : undefined,
    title: localized(raw.title),
    intro: localized(raw.intro),
    periodFrom: str(raw.periodFrom),
    periodTo: str(raw.periodTo),
    entries: entriesOf(raw),
    href: href && (href.startsWith('/') || /^https?:\/\//.test(href)) ? href : undefined,
  };
}

/**
 * The latest issue from `GET /api/newsletters`, or null when there is none. Throws when the API does not
 * answer (the newsletters API may not exist yet: the home page then leaves the section out).
 */
export async function fetchLatestNewsletter(path = '/newsletters'): Promise<NewsletterSummary | null> {
  const raw = await getJson<unknown>(path);
  const issues = listOf(raw, ['items', 'issues', 'newsletters']).map(readIssue).filter((i): i is NewsletterSummary => i !== null);
  return issues.sort((a, b) => b.number - a.number)[0] ?? null;
}
