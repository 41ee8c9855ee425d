import { escapeXml } from '../newsletter/render/escape';

/** Every feed the tracker publishes (entries, briefings) is written here: Atom 1.0 (RFC 4287), every text and attribute escaped. */

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339. */
  updated: string;
  published?: string;
  /** The page the entry stands for (rel="alternate"). */
  link: string;
  author?: string;
  summary?: string;
  categories?: ReadonlyArray<{ scheme: string; term: string }>;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** 'zh' is written as zh-CN. */
  lang: 'en' | 'zh';
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  author?: string;
  generator?: string;
  entries: readonly AtomEntry[];
}

const line = (indent: string, element: string, text: string | undefined, attrs = '') =>
  text === undefined ? '' : `${indent}<${element}${attrs}>${escapeXml(text)}</${element}>`;

function entryXml(e: AtomEntry): string {
  return [
    '  <entry>',
    line('    ', 'id', e.id),
    line('    ', 'title', e.title, ' type="text"'),
    `    <updated>${e.updated}</updated>`,
    e.published ? `    <published>${e.published}</published>` : '',
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    e.author === undefined ? '' : `    <author><name>${escapeXml(e.author)}</name></author>`,
    e.summary ? line('    ', 'summary', e.summary, ' type="text"') : '',
    ...(e.categories ?? []).map((c) => `    <category scheme="${escapeXml(c.scheme)}" term="${escapeXml(c.term)}"/>`),
    '  </entry>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function writeAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    line('  ', 'id', feed.id),
    line('  ', 'title', feed.title, ' type="text"'),
    line('  ', 'subtitle', feed.subtitle, ' type="text"'),
    `  <updated>${feed.updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    feed.author === undefined ? '' : `  <author><name>${escapeXml(feed.author)}</name></author>`,
    line('  ', 'generator', feed.generator),
    ...feed.entries.map(entryXml),
    '</feed>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}
