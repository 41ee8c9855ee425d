import type { OutputLang } from '@dualcarbon/domain';
import type { EntryRow } from '../search/entry-rows';

/** Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xml = (s: string) =>
  s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface FeedInfo {
  /** Absolute URL of this feed, with its filters. */
  self: string;
  /** The portal's list with the same filters. */
  alternate: string;
  portalUrl: string;
  title: string;
  /** The reader's language: the feed's text, and its links to the portal's pages in it. */
  lang: OutputLang;
  /** When nothing matches: the feed's own updated time. */
  now: Date;
}

const SUBTITLE: Record<OutputLang, string> = {
  en: "Newly published entries on dualcarbon, an open bilingual tracker of China's carbon-neutrality policies",
  zh: 'dualcarbon 新发布的条目：中国碳中和政策中英双语追踪',
};

/** The reader's language first, then the other one (each only when present). */
const inOrder = (lang: OutputLang, en: string | null, zh: string | null) => (lang === 'zh' ? [zh, en] : [en, zh]).filter((s): s is string => !!s);

function entry(r: EntryRow, portalUrl: string, lang: OutputLang): string {
  const link = `${portalUrl}/${lang}/entries/${encodeURIComponent(r.slug)}`;
  const title = inOrder(lang, r.title_en, r.title_zh).join(' / ');
  const summary = inOrder(lang, r.summary_en, r.summary_zh).join('\n\n');
  const [place, otherPlace] = inOrder(lang, r.region_en, r.region_zh);
  const categories = [...r.sectors.map((s) => ['sector', s]), ...r.themes.map((t) => ['theme', t])]
    .map(([scheme, term]) => `    <category scheme="${xml(`${portalUrl}/taxonomy/${scheme}`)}" term="${xml(term)}"/>`)
    .join('\n');
  return [
    '  <entry>',
    `    <id>urn:uuid:${xml(r.id)}</id>`,
    `    <title>${xml(title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
    `    <published>${new Date(r.published_at).toISOString()}</published>`,
    `    <updated>${new Date(Math.max(+new Date(r.updated_at), +new Date(r.published_at))).toISOString()}</updated>`,
    `    <author><name>${xml(place ? (otherPlace ? `${place} (${otherPlace})` : place) : 'dualcarbon')}</name></author>`,
    summary ? `    <summary type="text">${xml(summary)}</summary>` : '',
    categories,
    '  </entry>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** An Atom 1.0 (RFC 4287) document; every text and attribute is escaped. */
export function atomFeed(info: FeedInfo, rows: EntryRow[]): string {
  const updated = rows.length
    ? new Date(Math.max(...rows.map((r) => Math.max(+new Date(r.updated_at), +new Date(r.published_at))))).toISOString()
    : info.now.toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${info.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    `  <id>${xml(info.self)}</id>`,
    `  <title>${xml(info.title)}</title>`,
    `  <subtitle>${xml(SUBTITLE[info.lang])}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(info.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(info.alternate)}"/>`,
    `  <updated>${updated}</updated>`,
    '  <generator>dualcarbon</generator>',
    ...rows.map((r) => entry(r, info.portalUrl, info.lang)),
    '</feed>',
    '',
  ].join('\n');
}
