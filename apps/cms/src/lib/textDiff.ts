import { diffArrays, diffWords } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

let segmenter: unknown;
function wordSegmenter(): unknown {
  // Intl.Segmenter splits Chinese into words, so a changed word is marked rather than the whole sentence.
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** A word-level diff of two texts (English or Chinese). */
export function textDiff(before: string, after: string): DiffPart[] {
  const seg = wordSegmenter();
  return diffWords(before, after, seg ? { intlSegmenter: seg } : {}).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** A line-level diff of two lists of lines (targets, sources, sectors…). */
export function linesDiff(before: string[], after: string[]): DiffPart[] {
  return diffArrays(before, after).flatMap((c) => c.value.map((text) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text }) as DiffPart));
}
