import { parseTargets, type ParseTargetsOptions, type TargetSuggestion } from './parse';

/** A clause the parser would read as a target if it had a target year: the rest of it, and what is missing. */
export interface IncompleteTarget {
  missing: 'targetYear';
  suggestion: Omit<TargetSuggestion, 'targetYear'>;
}

// Two years no plan names: a suggestion whose year follows the probe came from the probe, not the text.
const PROBES = [2191, 2193] as const;

/**
 * Why a sentence yielded no target when the only thing missing is its year ("单位地区生产总值二氧化碳排放比2020年下降20.5%",
 * whose year sat in the clause before): the parser is run with two different default years, and the
 * suggestions that take whichever year they are given lack one of their own. Empty when the sentence
 * yields targets as it is, or holds nothing target-like.
 */
export function findIncompleteTargets(sentence: string, opts: Omit<ParseTargetsOptions, 'defaultYear'> = {}): IncompleteTarget[] {
  if (parseTargets(sentence, opts).length) return [];
  const [a, b] = PROBES.map((defaultYear) => parseTargets(sentence, { ...opts, defaultYear }));
  return a
    .filter((s, i) => s.targetYear === PROBES[0] && b[i]?.targetYear === PROBES[1])
    .map(({ targetYear: _year, ...rest }) => ({ missing: 'targetYear' as const, suggestion: rest }));
}
