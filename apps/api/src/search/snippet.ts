import { escapeHtml } from '@dualcarbon/domain';
import { isStopWord, stem, type TextQuery } from './text-query';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs of letters and digits (compiled once: a Unicode property class takes ~2 ms to compile, too much per query). */
const WORD = /[\p{L}\p{N}]+/gu;

/** Finds the query's words in a text: Han runs as substrings, other words whole, by their stem. */
export interface Highlighter {
  /** The first match at or after `from`, as [start, end), or null. */
  next(text: string, from: number): [number, number] | null;
}

/**
 * A word is marked when its stem is a stem of the query's words (stop words excluded), the rule
 * PostgreSQL's `english` configuration matches by; Han runs are marked wherever they occur, as the
 * bigram match finds them.
 */
export function highlighter(query: TextQuery): Highlighter | null {
  const stems = new Set(query.words.filter((w) => !isStopWord(w)).map(stem));
  const han = query.hanRuns.length
    ? new RegExp(
        [...query.hanRuns]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|'),
        'g',
      )
    : null;
  if (!stems.size && !han) return null;
  const seen = new Map<string, boolean>();
  const matches = (word: string) => {
    let hit = seen.get(word);
    if (hit === undefined) seen.set(word, (hit = stems.has(stem(word))));
    return hit;
  };
  return {
    next(text, from) {
      let hanHit: [number, number] | null = null;
      if (han) {
        han.lastIndex = from;
        const m = han.exec(text);
        if (m) hanHit = [m.index, m.index + m[0].length];
      }
      if (stems.size) {
        WORD.lastIndex = from;
        for (let m = WORD.exec(text); m && (!hanHit || m.index < hanHit[0]); m = WORD.exec(text)) {
          if (matches(m[0])) return [m.index, m.index + m[0].length];
        }
      }
      return hanHit;
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
  const texts = (
    hanFirst ? [source.summaryZh, source.titleZh, source.summaryEn, source.titleEn] : [source.summaryEn, source.titleEn, source.summaryZh, source.titleZh]
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
