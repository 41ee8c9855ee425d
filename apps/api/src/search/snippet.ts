import { stem, type TextQuery } from './text-query';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter or digit of any script. Compiled once: a Unicode property class takes ~2 ms to compile, too much per query. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The rest of a word from a position (sticky). */
const WORD_REST = /[\p{L}\p{N}]*/uy;
const HAN_START = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Finds the query's words in a text: Han runs as substrings, Latin words by their stem at a word start, to the word's end. */
export interface Highlighter {
  /** The first match at or after `from`, as [start, end), or null. */
  next(text: string, from: number): [number, number] | null;
}

export function highlighter(query: TextQuery): Highlighter | null {
  const parts = [...query.hanRuns, ...query.words.filter((w) => w.length >= 2).map(stem)].map(escapeRegExp);
  if (!parts.length) return null;
  // Plain alternatives (no Unicode classes), longest first; word starts and ends are checked below.
  const re = new RegExp(parts.sort((a, b) => b.length - a.length).join('|'), 'gi');
  return {
    next(text, from) {
      re.lastIndex = from;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        if (HAN_START.test(m[0])) return [start, start + m[0].length];
        const before = start > 0 ? String.fromCodePoint(text.codePointAt(start - 1)!) : '';
        if (before && WORD_CHAR.test(before)) {
          re.lastIndex = start + 1;
          continue;
        }
        WORD_REST.lastIndex = start + m[0].length;
        WORD_REST.exec(text);
        return [start, WORD_REST.lastIndex];
      }
      return null;
    },
  };
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
export function snippet(source: SnippetSource, query: TextQuery, hl: Highlighter | null): string | null {
  const hanFirst = query.hanRuns.length > 0 && query.words.length === 0;
  const texts = (hanFirst
    ? [source.summaryZh, source.titleZh, source.summaryEn, source.titleEn]
    : [source.summaryEn, source.titleEn, source.summaryZh, source.titleZh]
  ).filter((t): t is string => !!t);
  if (!texts.length) return null;
  for (const text of texts) {
    if (!hl) break;
    const first = hl.next(text, 0);
    if (first) return mark(cut(text, first[0]), hl);
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

function mark(text: string, hl: Highlighter): string {
  let out = '';
  let last = 0;
  for (let m = hl.next(text, 0); m; m = hl.next(text, m[1])) {
    out += `${escapeHtml(text.slice(last, m[0]))}<mark>${escapeHtml(text.slice(m[0], m[1]))}</mark>`;
    last = m[1];
  }
  return out + escapeHtml(text.slice(last));
}
