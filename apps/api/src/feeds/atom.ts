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
  /** When nothing matches: the feed's own updated time. */
  now: Date;
}

const text = (row: EntryRow, en: keyof EntryRow, zh: keyof EntryRow) => (row[en] as string | null) ?? (row[zh] as string | null) ?? '';

function entry(r: EntryRow, portalUrl: string): string {
  const link = `${portalUrl}/en/entries/${encodeURIComponent(r.slug)}`;
  const titleZh = r.title_en && r.title_zh ? ` / ${r.title_zh}` : '';
  const summary = [r.summary_en, r.summary_zh].filter(Boolean).join('\n\n');
  const categories = [...r.sectors.map((s) => ['sector', s]), ...r.themes.map((t) => ['theme', t])]
    .map(([scheme, term]) => `    <category scheme="${xml(`${portalUrl}/taxonomy/${scheme}`)}" term="${xml(term)}"/>`)
    .join('\n');
  return [
    '  <entry>',
    `    <id>urn:uuid:${xml(r.id)}</id>`,
    `    <title>${xml(text(r, 'title_en', 'title_zh') + titleZh)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
    `    <published>${new Date(r.published_at).toISOString()}</published>`,
    `    <updated>${new Date(Math.max(+new Date(r.updated_at), +new Date(r.published_at))).toISOString()}</updated>`,
    `    <author><name>${xml(r.region_en ? `${r.region_en} (${r.region_zh ?? ''})` : 'dualcarbon')}</name></author>`,
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
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xml(info.self)}</id>`,
    `  <title>${xml(info.title)}</title>`,
    `  <subtitle>Newly published entries on dualcarbon, an open bilingual tracker of China's carbon-neutrality policies</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(info.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(info.alternate)}"/>`,
    `  <updated>${updated}</updated>`,
    '  <generator>dualcarbon</generator>',
    ...rows.map((r) => entry(r, info.portalUrl)),
    '</feed>',
    '',
  ].join('\n');
}
