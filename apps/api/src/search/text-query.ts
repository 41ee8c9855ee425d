import type { Term } from '@dualcarbon/domain';

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

/** A crude English stem for matching and highlighting: emissions → emission, policies → polic. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3);
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.length > 4 && w.endsWith('y')) return w.slice(0, -1);
  return w;
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
      hanPhrases.some((k) => (k.length >= 2 ? han.includes(k) : query.hanRuns.includes(k))) ||
      latinPhrases.some((words) => containsSequence(qWords, words));
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
