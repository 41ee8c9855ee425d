/**
 * What every renderer shows, resolved once: text picked in the reader's language (or the other one,
 * flagged `fallback`), entry titles and portal links, period and labels. Renderers only lay it out.
 */
import type { LocalizedText } from '../../schemas/primitives';
import type { NewsletterIssue, NewsletterSectionCode } from '../schema';

export type RenderLang = 'en' | 'zh';
/** The fields of an entry the renderers read. */
export interface RenderableEntry {
  slug: string;
  title: LocalizedText;
}
export type EntriesBySlug = ReadonlyMap<string, RenderableEntry> | Readonly<Record<string, RenderableEntry | undefined>>;

export interface TextView {
  text: string;
  lang: RenderLang;
  fallback: boolean;
}
export interface ItemView {
  slug: string;
  url: string;
  title: TextView;
  lead?: TextView;
  blurb?: TextView;
  /** When the blurb contains the title verbatim: the text around it, so the title is linked in place. */
  around?: { before: string; after: string };
  bullets: TextView[];
}
export interface GroupView {
  heading?: TextView;
  lead?: TextView;
  sharedBullets: TextView[];
  items: ItemView[];
}
export interface SectionView {
  code: NewsletterSectionCode;
  title?: TextView;
  lead?: TextView;
  groups: GroupView[];
}
export interface IssueView {
  lang: RenderLang;
  number: number;
  url: string;
  title: TextView;
  /** "Issue 3" / "第3期". */
  numberLabel: string;
  periodLabel: string;
  intro?: TextView;
  // No imageCredit: an issue keeps the credit of its original header image, which no rendering shows,
  // and a credit without its image reads as noise.
  sections: SectionView[];
  about: { title?: TextView; text?: TextView }[];
}

export interface RenderOptions {
  lang: RenderLang;
  /** The portal, e.g. "https://dualcarbon.example.org"; entries link to `${baseUrl}/${lang}/entries/${slug}`. */
  baseUrl: string;
}

const other = (lang: RenderLang): RenderLang => (lang === 'en' ? 'zh' : 'en');

/** Text in `lang`, else in the other language marked as a fallback, else undefined. */
export function pickText(t: LocalizedText | undefined, lang: RenderLang): TextView | undefined {
  const own = t?.[lang]?.trim();
  if (own) return { text: own, lang, fallback: false };
  const alt = t?.[other(lang)]?.trim();
  return alt ? { text: alt, lang: other(lang), fallback: true } : undefined;
}

/** Name of the tracker in e-mail headers and as the feed's author, unless the caller names it. */
export const DEFAULT_TRACKER_NAME = 'dualcarbon';

/** The note shown after text that is not in the reader's language. */
export const FALLBACK_NOTE: Readonly<Record<RenderLang, string>> = { en: '(Chinese only)', zh: '（仅有英文）' };

const trimSlash = (u: string) => u.replace(/\/+$/, '');
export const entryUrl = (baseUrl: string, lang: RenderLang, slug: string) => `${trimSlash(baseUrl)}/${lang}/entries/${encodeURIComponent(slug)}`;
export const issueUrl = (baseUrl: string, lang: RenderLang, n: number) => `${trimSlash(baseUrl)}/${lang}/briefings/${n}`;
export const briefingsUrl = (baseUrl: string, lang: RenderLang) => `${trimSlash(baseUrl)}/${lang}/briefings`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "1 Dec 2023 – 31 Jan 2024" / "2023年12月1日至2024年1月31日" (calendar dates, no time zone involved). */
export function formatPeriod(from: string, to: string, lang: RenderLang): string {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  if (lang === 'zh') return `${fy}年${fm}月${fd}日至${ty === fy ? '' : `${ty}年`}${tm}月${td}日`;
  return `${fd} ${MONTHS[fm - 1]}${fy === ty ? '' : ` ${fy}`} – ${td} ${MONTHS[tm - 1]} ${ty}`;
}

function lookup(entries: EntriesBySlug, slug: string): RenderableEntry | undefined {
  return entries instanceof Map ? entries.get(slug) : (entries as Record<string, RenderableEntry | undefined>)[slug];
}

export function buildView(issue: NewsletterIssue, entries: EntriesBySlug, { lang, baseUrl }: RenderOptions): IssueView {
  const pick = (t: LocalizedText | undefined) => pickText(t, lang);
  const list = (ts: readonly LocalizedText[] | undefined) => (ts ?? []).flatMap((t) => pick(t) ?? []);
  return {
    lang,
    number: issue.number,
    url: issueUrl(baseUrl, lang, issue.number),
    title: pick(issue.title) ?? { text: lang === 'zh' ? '简报' : 'Briefing', lang, fallback: false },
    numberLabel: lang === 'zh' ? `第${issue.number}期` : `Issue ${issue.number}`,
    periodLabel: formatPeriod(issue.periodFrom, issue.periodTo, lang),
    intro: pick(issue.intro),
    sections: issue.sections.map((s) => ({
      code: s.code,
      title: pick(s.title),
      lead: pick(s.lead),
      groups: s.groups.map((g) => ({
        heading: pick(g.heading),
        lead: pick(g.lead),
        sharedBullets: list(g.sharedBullets),
        items: g.items.map((it): ItemView => {
          const entry = lookup(entries, it.entry);
          const blurb = pick(it.blurb);
          const title = pick(entry?.title) ?? { text: it.entry, lang, fallback: false };
          // When the blurb quotes the title (same language), the title is linked in place instead of repeated.
          const at = blurb && entry && blurb.lang === title.lang ? blurb.text.indexOf(title.text) : -1;
          return {
            slug: it.entry,
            url: entryUrl(baseUrl, lang, it.entry),
            title,
            lead: pick(it.lead),
            blurb,
            ...(at >= 0 ? { around: { before: blurb!.text.slice(0, at), after: blurb!.text.slice(at + title.text.length) } } : {}),
            bullets: list(it.bullets),
          };
        }),
      })),
    })),
    about: (issue.about ?? []).map((a) => ({ title: pick(a.title), text: pick(a.text) })),
  };
}

/** Fixed wording of the e-mails and feed. */
export const RENDER_LABELS: Readonly<
  Record<RenderLang, { unsubscribe: string; readOnline: string; why: (title: string) => string; feedTitle: (title: string) => string }>
> = {
  en: {
    unsubscribe: 'Unsubscribe',
    readOnline: 'Read this issue on the web',
    why: (title) => `You are receiving this e-mail because you subscribed to the ${title}. Every link points to the tracker's public database.`,
    feedTitle: (title) => `${title} – all issues`,
  },
  zh: {
    unsubscribe: '退订',
    readOnline: '在网页上阅读本期',
    why: (title) => `您收到这封邮件，是因为您订阅了《${title}》。所有链接均指向本追踪平台的公开数据库。`,
    feedTitle: (title) => `${title}（全部期数）`,
  },
};
