/** Keyword matching shared by the classifier: case-insensitive, word-bounded for Latin, plural-tolerant. */
import type { Term } from '../taxonomies/types';
import { foldText } from '../targets/text';

export interface Hit {
  code: string;
  start: number;
  end: number;
  /** The matched words as written. */
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A keyword as a pattern over folded text: "implementation plan" also matches "Implementation Plans". */
export function termPattern(keyword: string): RegExp {
  const k = foldText(keyword.trim());
  const latin = /[a-z0-9]$/.test(k);
  const pre = /^[a-z0-9]/.test(k) ? '(?<![a-z0-9])' : '';
  const post = latin ? '(?:s|es)?(?![a-z0-9])' : '';
  return new RegExp(pre + escape(k).replace(/[- ]/g, '[- ]') + post, 'g');
}

const cache = new WeakMap<readonly Term[], Array<{ code: string; re: RegExp }>>();

function patterns(terms: readonly Term[]): Array<{ code: string; re: RegExp }> {
  let p = cache.get(terms);
  if (!p) {
    p = terms.flatMap((t) => [...new Set([t.en, ...(t.keywords ?? [])])].filter((k) => k && k.length >= 1).map((k) => ({ code: t.code, re: termPattern(k) })));
    cache.set(terms, p);
  }
  return p;
}

/**
 * Keyword hits of a taxonomy in a text. Where hits overlap, the longest wins ("hydrogen energy" is
 * hydrogen, not energy; "implementation plan" is not "plan"); equally long hits of several terms all stay.
 */
export function findTermHits(text: string, terms: readonly Term[]): Hit[] {
  const folded = foldText(text);
  const all: Hit[] = [];
  for (const { code, re } of patterns(terms)) {
    for (const m of folded.matchAll(re)) all.push({ code, start: m.index!, end: m.index! + m[0].length, text: text.slice(m.index!, m.index! + m[0].length) });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of all) {
    const clash = kept.find((k) => h.start < k.end && h.end > k.start);
    if (!clash || (clash.start === h.start && clash.end === h.end && clash.code !== h.code)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
