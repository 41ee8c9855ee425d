/** The document type, from the title first: the most specific phrase wins ("implementation plan" over "plan"). */
import { INSTRUMENT_TYPES } from '../taxonomies/instruments';
import type { Term } from '../taxonomies/types';
import { findTermHits } from './match';
import { bump, ranked, type Field, type FieldText, type Suggestion } from './types';

/** Key points rarely name the document's type; the title and the summary do. */
const WEIGHT: Record<Field, number> = { title: 3, summary: 1, keyPoints: 0.25 };

/** English titles name the document before the first preposition: "Implementation Plan | for the …". */
const EN_HEAD_END = /\s(?:on|for|of|to|in|from|about|regarding|concerning)\s/i;
/** A text that calls itself a report: "This policy brief reviews …", "本报告". */
const SELF_REFERENCE =
  /\b(?:this|the present)\s+(?:report|policy brief|brief|study|fact sheet|technical note|paper|analysis|case stud(?:y|ies))\b|本(?:报告|研究)/i;

/** "关于印发《X》的通知" and "Notice … on Issuing the X" transmit X: the document type is X's. */
const ZH_COVER = /关于印发[《“]?(.+?)[》”]?的通知/;
const EN_COVER = /\bNotice\b.*?\bon (?:Issuing|Printing and Distributing|Publishing|Releasing|Distributing)\s+(?:the\s+)?(.+)$/i;

export function unwrapCoverNotice(title: string): string | undefined {
  return (ZH_COVER.exec(title) ?? EN_COVER.exec(title))?.[1];
}

/**
 * A title that is a cover notice ("国务院关于印发…行动方案的通知") is read as the document it transmits.
 * Each hit scores its field's weight, doubled for the head of the title (before the first preposition
 * in English; the last document word in Chinese, "…实施方案"). A text that refers to itself as a report
 * or brief adds 4 to research_report, and a publisher adds 2.
 */
export function suggestInstrument(texts: FieldText[], publisher?: string, terms: readonly Term[] = INSTRUMENT_TYPES): Suggestion[] {
  const table = new Map<string, Suggestion>();
  for (const t of texts) {
    const field = t.field;
    const inner = field === 'title' ? unwrapCoverNotice(t.text) : undefined;
    const text = inner ?? t.text;
    if (inner) bump(table, 'notice', 0.5, `cover notice: ${t.text.slice(0, 40)}`);
    const hits = findTermHits(text, terms);
    const zh = /[\u3400-\u9fff]/.test(text);
    const headEnd = field === 'title' && !zh ? (EN_HEAD_END.exec(text)?.index ?? text.length) : -1;
    const lastZh = field === 'title' && zh ? hits[hits.length - 1] : undefined;
    for (const h of hits) {
      const head = (headEnd >= 0 && h.start < headEnd) || h === lastZh;
      bump(table, h.code, WEIGHT[field] * (head ? 2 : 1), head ? `${h.text} (title head)` : h.text);
    }
    const self = SELF_REFERENCE.exec(text);
    if (self && terms.some((t) => t.code === 'research_report')) bump(table, 'research_report', 4, self[0]);
  }
  if (publisher && terms.some((t) => t.code === 'research_report')) bump(table, 'research_report', 2, `publisher: ${publisher}`);
  return ranked(table);
}
