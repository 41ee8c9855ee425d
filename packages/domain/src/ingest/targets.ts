/** Every quantified target of a document, read paragraph by paragraph with the domain's target parser. */
import type { Target } from '../schemas/target';
import { parseTargets, type ParseTargetsOptions } from '../targets/parse';
import { suggestionToTarget } from '../targets/suggestion';
import type { TextSpan } from './suggestion';
import { spanOf, type Paragraph } from './text';

export interface DocumentTarget {
  value: Target;
  evidence: TextSpan;
  confidence: number;
  reasons: string[];
}

const HAS_YEAR = /(?:19|20)\d{2}|十[一二三四五六七八九]五/;
const key = (t: Target) => JSON.stringify([t.metric, t.comparison, t.value, t.valueMax, t.baseYear, t.targetYear, t.qualifier]);

/**
 * Each paragraph is parsed on its own, so a year in one section does not leak into the next; a paragraph
 * that names no year ("1. 非化石能源消费比重达到25%。" under "到2025年，主要目标是：") takes the nearest
 * earlier paragraph that does as its context. The same target stated twice is suggested once, at its
 * first statement. `sourceText` is the clause (sentence), and the evidence its place in the text.
 */
export function findDocumentTargets(text: string, paragraphs: Paragraph[], opts: Pick<ParseTargetsOptions, 'metrics'> = {}): DocumentTarget[] {
  const out: DocumentTarget[] = [];
  const seen = new Set<string>();
  let lastDated: Paragraph | undefined;
  for (const p of paragraphs) {
    if (!/\d|[一二三四五六七八九十百千]/.test(p.text)) continue;
    const dated = HAS_YEAR.test(p.text);
    const context = !dated && lastDated && p.start - lastDated.end < 2000 ? `${lastDated.text}\n${p.text}` : undefined;
    for (const s of parseTargets(p.text, { ...opts, ...(context ? { context } : {}) })) {
      const value = suggestionToTarget(s) as Target;
      const k = key(value);
      if (seen.has(k)) continue;
      seen.add(k);
      const at = p.text.indexOf(s.sourceText);
      const evidence = at >= 0 ? spanOf(text, p.start + at, p.start + at + s.sourceText.length) : spanOf(text, p.start, p.end);
      out.push({ value, evidence, confidence: s.confidence, reasons: s.evidence });
    }
    if (dated) lastDated = p;
  }
  return out;
}
