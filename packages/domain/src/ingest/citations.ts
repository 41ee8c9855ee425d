/** Documents a text cites by title: 《…》 in Chinese; quoted or "implement the …" titles in English. */
import type { TextSpan } from './suggestion';
import { spanOf } from './text';

export interface Citation {
  title: string;
  evidence: TextSpan;
  /** Cited as what this document carries out: "为贯彻落实《…》", "按照《…》部署", "to implement the …". */
  implements: boolean;
  /** A 文号 printed right after the title: 《…》（国发〔2021〕23号）. */
  documentNumber?: string;
}

const ZH_TITLE = /《([^《》\n]{2,100})》/g;
/** The clause before the title asks to carry it out. */
const ZH_IMPLEMENTS =
  /(?:贯彻落实|贯彻|落实|根据|按照|依据|依照|遵照|对照)[^。；;，,]{0,24}$|(?:贯彻落实|贯彻|落实|根据|按照|依据)[^。；;]{0,30}(?:和|及|、)\s*$/;
const NUMBER_AFTER = /^\s*[（(]\s*([\u4e00-\u9fa5]{1,12}\s*[〔［[]\s*\d{4}\s*[〕］\]]\s*\d{1,4}\s*号)\s*[）)]/;

const DOC_WORD_EN = /\b(?:Plan|Opinions?|Notice|Circular|Measures|Guidelines?|Program(?:me)?|Outline|Regulations?|Law|Decision|Roadmap|Strategy|Report)\b/;
const WORD = `(?:[A-Z][\\w’'-]*|CO₂|of|for|on|and|the|in|to|by|before|after|\\d{4}(?:[–-]\\d{4})?|\\(\\d{4}[–-]\\d{4}\\))`;
const EN_IMPLEMENT_CUE = new RegExp(
  `\\b(?:implement(?:s|ing|ation of)?|pursuant to|in accordance with|according to|in line with|following|as required by)\\s+the\\s+(${WORD}(?:\\s+${WORD}){2,24})`,
  'g',
);
const EN_QUOTED = /[“"]([A-Z][^”"\n]{8,200})[”"]/g;

/** Citations in order of first appearance, one per title; the document's own title(s) left out. */
export function findCitations(text: string, ownTitles: readonly string[]): Citation[] {
  // "某省碳达峰实施方案（2022—2030年）" is cited as 《某省碳达峰实施方案》 too.
  const own = new Set(ownTitles.flatMap((t) => [t, t.replace(/\s*[（(][^（）()]*[）)]$/, '')]).map((t) => t.replace(/\s/g, '')));
  const byTitle = new Map<string, Citation>();
  const add = (title: string, start: number, implementsIt: boolean, documentNumber?: string) => {
    const t = title.trim().replace(/\s+/g, ' ');
    if (own.has(t.replace(/\s/g, '')) || t.length < 2) return;
    const prev = byTitle.get(t);
    if (prev) {
      prev.implements ||= implementsIt;
      prev.documentNumber ??= documentNumber;
      return;
    }
    byTitle.set(t, { title: t, evidence: spanOf(text, start, start + title.length), implements: implementsIt, ...(documentNumber ? { documentNumber } : {}) });
  };
  for (const m of text.matchAll(ZH_TITLE)) {
    const before = text
      .slice(Math.max(0, m.index! - 40), m.index!)
      .split('\n')
      .pop()!;
    const after = NUMBER_AFTER.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30));
    add(m[1], m.index! + 1, ZH_IMPLEMENTS.test(before), after?.[1]);
  }
  for (const m of text.matchAll(EN_IMPLEMENT_CUE)) {
    const title = m[1].replace(/\s+(?:and|the|of|for|on|in|to|by)$/i, '').replace(/\s+(?:and|the|of|for|on|in|to|by)$/i, '');
    if (DOC_WORD_EN.test(title)) add(title, m.index! + m[0].lastIndexOf(m[1]), true);
  }
  for (const m of text.matchAll(EN_QUOTED)) if (DOC_WORD_EN.test(m[1])) add(m[1], m.index! + 1, false);
  return [...byTitle.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}
