import { stem, type TextQuery } from './text-query';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for the query's words: Han runs as substrings, Latin words by their stem at a word start. */
export function highlighter(query: TextQuery): RegExp | null {
  const parts = [
    ...query.hanRuns.map(escapeRegExp),
    ...query.words.filter((w) => w.length >= 2).map((w) => `(?<![\\p{L}\\p{N}])${escapeRegExp(stem(w))}[\\p{L}\\p{N}]*`),
  ];
  return parts.length ? new RegExp(parts.sort((a, b) => b.length - a.length).join('|'), 'giu') : null;
}

export interface SnippetSource {
  titleEn: string | null;
  titleZh: string | null;
  summaryEn: string | null;
  summaryZh: string | null;
}

const MAX = 220;
const BEFORE = 60;

/**
 * The passage to show under a result: the first text (summary, then title; the query's language
 * first) in which the query matches, cut to about 220 characters around the first match, with matches
 * in <mark> and everything else HTML-escaped. Entries found through their sectors or themes get the
 * start of their summary, unmarked.
 */
export function snippet(source: SnippetSource, query: TextQuery, re: RegExp | null): string | null {
  const hanFirst = query.hanRuns.length > 0 && query.words.length === 0;
  const texts = (hanFirst
    ? [source.summaryZh, source.titleZh, source.summaryEn, source.titleEn]
    : [source.summaryEn, source.titleEn, source.summaryZh, source.titleZh]
  ).filter((t): t is string => !!t);
  if (!texts.length) return null;
  for (const text of texts) {
    if (!re) break;
    re.lastIndex = 0;
    const first = re.exec(text);
    if (first) return mark(cut(text, first.index), re);
  }
  return escapeHtml(cut(texts[0], 0));
}

function cut(text: string, at: number): string {
  if (text.length <= MAX) return text;
  let start = Math.max(0, at - BEFORE);
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    if (space > start - 20 && space > 0) start = space + 1;
  }
  let end = Math.min(text.length, start + MAX);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > end - 20 && space > start) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

function mark(text: string, re: RegExp): string {
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (!m[0]) continue;
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
