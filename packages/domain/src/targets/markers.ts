/** Year, base-year and qualifier phrases in folded text (see foldText). */
import type { TARGET_QUALIFIERS } from '../taxonomies/enums';

export type QualifierCode = (typeof TARGET_QUALIFIERS)[number]['code'];

export interface Marker {
  start: number;
  end: number;
  year: number;
  text: string;
}

/** Base years: "compared with 2020", "than that in 2005", "比2020年", "较2020年", "与2020年相比". */
const BASE_EN = /\b(?:compared (?:with|to)|relative to|than(?: that)?(?: in| of)?|versus|vs\.?|against|from|over|below|on the basis of|base year:?)\s+(?:the\s+)?(?:(?:that|level|levels)\s+(?:in|of)\s+)?(\d{4})(?:\s+levels?)?(?!\s*(?:to|-|–)\s*\d{4})\b/g;
const BASE_ZH = /(?:比|较|相比|相较于?|与|同)\s*(\d{4})\s*年(?:底|末)?(?:水平|相比|的水平)?|以\s*(\d{4})\s*年为基(?:准|期|数)?/g;

/** Target years: "by 2025", "by the end of 2028", "in 2017", "during the 15th FYP period", "到2025年", "“十四五”期间". */
const YEAR_EN = /\b(?:by|in|before|until|till|through|to|during|at the end of|end of|year)\s+(?:the\s+end\s+of\s+|end-|the\s+year\s+)?(\d{4})\b/g;
const YEAR_ZH = /(\d{4})\s*年/g;
const FYP_EN = /\b(?:during\s+|in\s+|by the end of\s+)?the\s+(\d{2})th\s+(?:fyp|five-year plan)(?:\s+period)?/g;
const FYP_ZH = /[“"]?十([一二三四五六七八九])五[”"]?(?:期间|末|时期)?/g;
const ZH_ORD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Last year of the n-th five-year plan: 13th → 2020, 14th → 2025, 15th → 2030. */
export const fypEndYear = (n: number): number => 1955 + 5 * n;

const valid = (y: number) => y >= 1950 && y <= 2100;

export function findBaseYears(folded: string): Marker[] {
  const out: Marker[] = [];
  for (const re of [BASE_EN, BASE_ZH]) {
    for (const m of folded.matchAll(re)) {
      const year = Number(m[1] ?? m[2]);
      if (valid(year)) out.push({ start: m.index!, end: m.index! + m[0].length, year, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Target-year markers that are not part of a base-year phrase. */
export function findYearMarkers(folded: string, bases: Marker[]): Marker[] {
  const out: Marker[] = [];
  const inBase = (s: number, e: number) => bases.some((b) => s < b.end && e > b.start);
  for (const re of [YEAR_EN, YEAR_ZH]) {
    for (const m of folded.matchAll(re)) {
      const year = Number(m[1]);
      const end = m.index! + m[0].length;
      if (!valid(year) || inBase(m.index!, end)) continue;
      // "2023-2035年" is a span: the second year is the marker; "from 2023 to 2024" → 2024 via "to".
      out.push({ start: m.index!, end, year, text: m[0] });
    }
  }
  for (const m of folded.matchAll(FYP_EN)) out.push({ start: m.index!, end: m.index! + m[0].length, year: fypEndYear(Number(m[1])), text: m[0] });
  for (const m of folded.matchAll(FYP_ZH)) out.push({ start: m.index!, end: m.index! + m[0].length, year: fypEndYear(10 + ZH_ORD[m[1]]), text: m[0] });
  out.sort((a, b) => a.start - b.start);
  return out.filter((m, i) => !out.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && (o.end - o.start > m.end - m.start || j < i)));
}

const BEFORE: Array<[RegExp, QualifierCode]> = [
  [/(?:no|not) (?:less|fewer|lower) than\s*$|不低于\s*$|不少于\s*$/, 'no_less_than'],
  [/(?:no|not) (?:more|higher|greater) than\s*$|not (?:to )?exceed(?:ing)?\s*$|(?:up to|at most|within|less than|below|under)\s*$|不超过\s*$|不高于\s*$|控制在\s*$|低于\s*$/, 'at_most'],
  [/(?:at least|a minimum of|minimum of)\s*$|至少\s*$|最少\s*$/, 'at_least'],
  [/(?:more than|over|exceed(?:s|ing|ed)?|above|in excess of|higher than|greater than)\s*$|超过\s*$|超\s*$|高于\s*$|多于\s*$|突破\s*$/, 'exceed'],
  [/(?:around|about|approximately|approx\.|roughly|nearly|close to|some)\s*$|约为?\s*$|大约为?\s*$|近\s*$|接近\s*$/, 'about'],
];
const AFTER: Array<[RegExp, QualifierCode]> = [
  [/^\s*(?:左右|上下|or so)/, 'about'],
  [/^\s*(?:以上|or more|and above|or above|or higher)/, 'exceed'],
  [/^\s*(?:以内|以下|or less|or below|or lower)/, 'at_most'],
];

/** Qualifier from the words just before the number or just after the quantity. */
export function findQualifier(folded: string, start: number, end: number): { code: QualifierCode; text?: string } {
  const before = folded.slice(Math.max(0, start - 24), start);
  for (const [re, code] of BEFORE) {
    const m = re.exec(before);
    if (m) return { code, text: m[0].trim() };
  }
  const after = folded.slice(end, end + 12);
  for (const [re, code] of AFTER) {
    const m = re.exec(after);
    if (m) return { code, text: m[0].trim() };
  }
  return { code: 'exact' };
}

/** "decrease by", "drop by", "下降" just before a quantity. */
export const REDUCTION_BEFORE = /(?:decreas|reduc|drop|fall|fell|declin|cut|lower)\w*\s+(?:by\s+)?(?:\S+\s+){0,2}$|(?:下降|降低|减少|削减|降)\S{0,4}$/;
