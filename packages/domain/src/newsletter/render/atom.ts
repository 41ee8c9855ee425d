/** Atom 1.0 feed (RFC 4287) of published issues, newest first. */
import type { NewsletterIssue } from '../schema';
import { writeAtomFeed, type AtomEntry } from '../../atom/atom';
import { safeHref } from './escape';
import { briefingsUrl, DEFAULT_TRACKER_NAME, formatPeriod, pickText, RENDER_LABELS, type RenderLang } from './view';

/** An issue with the workflow facts the feed needs. Included when published (state "published", or no state and a publishedAt). */
export type FeedIssue = NewsletterIssue & { state?: string; publishedAt?: string | Date | null; updatedAt?: string | Date | null };

export interface FeedOptions {
  baseUrl: string;
  lang: RenderLang;
  /** The feed's <updated>; defaults to the newest issue's. */
  updated?: string | Date;
  /** URL the feed is served at (rel="self"); default `${baseUrl}/${lang}/briefings/feed.xml`. */
  selfUrl?: string;
  /** Feed title; default the newest issue's title. */
  title?: string;
  author?: string;
}

/** RFC 3339 timestamp from a Date, a timestamp string or a calendar date (midnight China time). */
export function rfc3339(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00+08:00`;
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(`Not a date: ${String(value)}`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const isPublished = (i: FeedIssue) => (i.state === undefined ? !!i.publishedAt : i.state === 'published');

export function renderAtomFeed(issues: readonly FeedIssue[], opts: FeedOptions): string {
  const { baseUrl, lang } = opts;
  const home = briefingsUrl(baseUrl, lang);
  const published = issues.filter(isPublished).sort((a, b) => b.number - a.number);
  const stamp = (i: FeedIssue) => rfc3339(i.updatedAt ?? i.publishedAt ?? i.periodTo);
  const text = (t: NewsletterIssue['title']) => pickText(t, lang)?.text ?? '';
  const newest = published[0];
  const feedTitle = opts.title ?? RENDER_LABELS[lang].feedTitle(newest ? text(newest.title) || 'Briefings' : 'Briefings');
  const updated = opts.updated ? rfc3339(opts.updated) : newest ? published.map(stamp).sort().at(-1)! : rfc3339(new Date(0));

  const entries = published.map((i): AtomEntry => {
    const url = `${home}/${i.number}`;
    safeHref(url);
    const headings = i.sections.find((s) => s.code === 'top_news')?.groups.flatMap((g) => pickText(g.heading, lang)?.text ?? []) ?? [];
    const period = formatPeriod(i.periodFrom, i.periodTo, lang);
    const summary = [period, headings.length ? headings.join(lang === 'zh' ? '；' : '; ') : pickText(i.intro, lang)?.text]
      .filter(Boolean)
      .join(lang === 'zh' ? '：' : ': ');
    const number = lang === 'zh' ? `第${i.number}期` : `Issue ${i.number}`;
    return {
      id: url,
      title: `${text(i.title)} · ${number}`,
      updated: stamp(i),
      published: i.publishedAt ? rfc3339(i.publishedAt) : undefined,
      link: url,
      summary: summary.slice(0, 1000),
    };
  });

  safeHref(home);
  return writeAtomFeed({
    id: home,
    title: feedTitle,
    lang,
    updated,
    selfUrl: opts.selfUrl ?? `${home}/feed.xml`,
    alternateUrl: home,
    author: opts.author ?? DEFAULT_TRACKER_NAME,
    entries,
  });
}
