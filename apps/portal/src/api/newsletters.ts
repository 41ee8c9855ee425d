import type { LocalizedText, PublicIssue, PublicIssueList } from '@dualcarbon/domain';
import { getJson } from './http';

/** The newest newsletter issue, as much of it as the home page shows. */
export interface NewsletterSummary {
  number: number;
  title: LocalizedText;
  intro: LocalizedText;
  periodFrom: string;
  periodTo: string;
  /** The entries the issue presents, in reading order, each once. */
  entries: { slug: string; title?: LocalizedText }[];
  /** The issue's page in the portal without the language prefix (`/briefings/1`). */
  path: string;
  /** A rendition of the whole issue (the API's HTML e-mail). */
  href: string;
}

function entriesOf(issue: PublicIssue): NewsletterSummary['entries'] {
  const out: NewsletterSummary['entries'] = [];
  for (const s of issue.sections)
    for (const g of s.groups)
      for (const i of g.items) if (!out.some((e) => e.slug === i.entry)) out.push({ slug: i.entry, title: i.title.en || i.title.zh ? i.title : undefined });
  return out;
}

export function newsletterSummary(issue: PublicIssue): NewsletterSummary {
  const { number, title, intro, periodFrom, periodTo, url, links } = issue;
  return { number, title, intro, periodFrom, periodTo, entries: entriesOf(issue), path: url, href: links.emailHtml };
}

/**
 * The latest issue from `GET /api/newsletters`, or null when there is none. Throws when the API does not
 * answer (the home page then leaves the section out).
 */
export async function fetchLatestNewsletter(path = '/newsletters'): Promise<NewsletterSummary | null> {
  const { items } = await getJson<PublicIssueList>(path);
  const newest = [...items].sort((a, b) => b.number - a.number)[0];
  return newest ? newsletterSummary(newest) : null;
}
