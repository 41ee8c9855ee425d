import { writeAtomFeed, type AtomEntry, type OutputLang } from '@dualcarbon/domain';
import type { EntryRow } from '../search/entry-rows';

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

function entry(r: EntryRow, portalUrl: string, lang: OutputLang): AtomEntry {
  const [place, otherPlace] = inOrder(lang, r.region_en, r.region_zh);
  const summary = inOrder(lang, r.summary_en, r.summary_zh).join('\n\n');
  return {
    id: `urn:uuid:${r.id}`,
    title: inOrder(lang, r.title_en, r.title_zh).join(' / '),
    updated: new Date(Math.max(+new Date(r.updated_at), +new Date(r.published_at))).toISOString(),
    published: new Date(r.published_at).toISOString(),
    link: `${portalUrl}/${lang}/entries/${encodeURIComponent(r.slug)}`,
    author: place ? (otherPlace ? `${place} (${otherPlace})` : place) : 'dualcarbon',
    summary: summary || undefined,
    categories: [...r.sectors.map((s) => ['sector', s]), ...r.themes.map((t) => ['theme', t])].map(([scheme, term]) => ({
      scheme: `${portalUrl}/taxonomy/${scheme}`,
      term,
    })),
  };
}

/** The entries feed: newly published entries in the reader's language first, as an Atom document (the domain's one Atom writer). */
export function atomFeed(info: FeedInfo, rows: EntryRow[]): string {
  const updated = rows.length
    ? new Date(Math.max(...rows.map((r) => Math.max(+new Date(r.updated_at), +new Date(r.published_at))))).toISOString()
    : info.now.toISOString();
  return writeAtomFeed({
    id: info.self,
    title: info.title,
    subtitle: SUBTITLE[info.lang],
    lang: info.lang,
    updated,
    selfUrl: info.self,
    alternateUrl: info.alternate,
    generator: 'dualcarbon',
    entries: rows.map((r) => entry(r, info.portalUrl, info.lang)),
  });
}
