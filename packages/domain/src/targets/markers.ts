/** Year, period, base-year, qualifier, strive and cumulative phrases in folded text (see foldText). */
import type { TARGET_QUALIFIERS } from '../taxonomies/enums';

export type QualifierCode = (typeof TARGET_QUALIFIERS)[number]['code'];

export interface Marker {
  start: number;
  end: number;
  year: number;
  text: string;
  /**
   * year: "by 2025", "到2025年"; period: a five-year plan period ("“十四五”期间", "during the 14th FYP period"),
   * from its first year; span: "2021—2025年", "from 2021 to 2025".
   */
  kind: 'year' | 'period' | 'span';
  /** First year of a period or span. */
  from?: number;
  /** "2030年前", "before 2030": the milestone qualifier. */
  before?: boolean;
}

/** Base years: "compared with 2020", "than that in 2005", "比2020年", "较2020年", "与2020年相比". */
const BASE_EN =
  /\b(?:compared (?:with|to)|relative to|than(?: that)?(?: in| of)?|versus|vs\.?|against|from|over|below|on the basis of|base year:?)\s+(?:the\s+)?(?:(?:that|level|levels)\s+(?:in|of)\s+)?(\d{4})(?:\s+levels?)?(?!\s*(?:to|-|–)\s*\d{4})\b/g;
const BASE_ZH = /(?:比|较|相比|相较于?|与|同)\s*(\d{4})\s*年(?:底|末)?(?:水平|相比|的水平)?|以\s*(\d{4})\s*年为基(?:准|期|数)?/g;

/** Target years: "by 2025", "by the end of 2028", "in 2017", "before 2030", "到2025年", "2030年前". */
const YEAR_EN =
  /\b(by|in|before|prior to|no later than|until|till|through|to|during|at the end of|end of|year)\s+(?:the\s+end\s+of\s+|end-|the\s+year\s+)?(\d{4})\b/g;
// "2030年前" is "before 2030"; "2030年前后" (around 2030) and "2025年前三季度" are not.
const YEAR_ZH = /(\d{4})\s*年(以前|之前|前(?!后|三|两|几|[一二]季))?/g;
/** Spans: "2021—2025年", "2021-2025年", "from 2021 to 2025"; bare "2021-2025" only where a total is stated. */
const SPAN_ZH = /(\d{4})\s*(?:-|–|—{1,2}|~|至|到)\s*(\d{4})\s*年/g;
const SPAN_EN = /\bfrom\s+(\d{4})\s+(?:to|through|until)\s+(\d{4})\b|\b(\d{4})\s*(?:-|–|—)\s*(\d{4})\b/g;
/** Five-year plans: the period ("during the 15th FYP period", "“十五五”期间") or its end ("by the end of the 14th FYP", "“十四五”末"). */
const FYP_EN = /\b(during\s+|over\s+|in\s+|by the end of\s+|at the end of\s+)?the\s+(\d{2})th\s+(?:fyp|five-year plan)(\s+period)?/g;
const FYP_ZH = /[“"]?十([一二三四五六七八九])五[”"]?(期间|末|时期)?/g;
const ZH_ORD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Last year of the n-th five-year plan: 13th → 2020, 14th → 2025, 15th → 2030. */
export const fypEndYear = (n: number): number => 1955 + 5 * n;

const valid = (y: number) => y >= 1950 && y <= 2100;

/** Words that make a quantity a total over a period: "累计", "in total", "additional". */
export const CUMULATIVE_CUE = /累计|总计|合计|新增|cumulative|in total|a total of|in aggregate|additional|newly added/;

export function findBaseYears(folded: string): Omit<Marker, 'kind'>[] {
  const out: Omit<Marker, 'kind'>[] = [];
  for (const re of [BASE_EN, BASE_ZH]) {
    for (const m of folded.matchAll(re)) {
      const year = Number(m[1] ?? m[2]);
      if (valid(year)) out.push({ start: m.index!, end: m.index! + m[0].length, year, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Target-year markers that are not part of a base-year phrase. `sentences` lets a bare span ("2021-2025")
 * count only in a sentence that states a total.
 */
export function findYearMarkers(
  folded: string,
  bases: Array<{ start: number; end: number }>,
  sentences: Array<[number, number]> = [[0, folded.length]],
): Marker[] {
  const out: Marker[] = [];
  const inBase = (s: number, e: number) => bases.some((b) => s < b.end && e > b.start);
  const push = (m: RegExpMatchArray, year: number, kind: Marker['kind'], extra: Partial<Marker> = {}) => {
    const end = m.index! + m[0].length;
    if (!valid(year) || inBase(m.index!, end) || (extra.from !== undefined && !(valid(extra.from) && extra.from <= year))) return;
    out.push({ start: m.index!, end, year, text: m[0], kind, ...extra });
  };
  for (const m of folded.matchAll(YEAR_EN)) push(m, Number(m[2]), 'year', /^(?:before|prior to|no later than)$/.test(m[1]) ? { before: true } : {});
  for (const m of folded.matchAll(YEAR_ZH)) push(m, Number(m[1]), 'year', m[2] ? { before: true } : {});
  for (const m of folded.matchAll(SPAN_ZH)) push(m, Number(m[2]), 'span', { from: Number(m[1]) });
  for (const m of folded.matchAll(SPAN_EN)) {
    const sentence = sentences.find(([s, e]) => m.index! >= s && m.index! < e) ?? [0, folded.length];
    if (m[3] && !CUMULATIVE_CUE.test(folded.slice(sentence[0], sentence[1]))) continue;
    push(m, Number(m[2] ?? m[4]), 'span', { from: Number(m[1] ?? m[3]) });
  }
  for (const m of folded.matchAll(FYP_EN)) {
    const end = fypEndYear(Number(m[2]));
    const period = (!!m[1] && /during|over/.test(m[1])) || (!!m[3] && !/end/.test(m[1] ?? ''));
    push(m, end, period ? 'period' : 'year', period ? { from: end - 4 } : {});
  }
  for (const m of folded.matchAll(FYP_ZH)) {
    const end = fypEndYear(10 + ZH_ORD[m[1]]);
    const period = m[2] === '期间' || m[2] === '时期';
    push(m, end, period ? 'period' : 'year', period ? { from: end - 4 } : {});
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((m, i) => !out.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && (o.end - o.start > m.end - m.start || j < i)));
}

const BEFORE: Array<[RegExp, QualifierCode]> = [
  [/(?:no|not) (?:less|fewer|lower) than\s*$|不低于\s*$|不少于\s*$/, 'no_less_than'],
  [
    /(?:no|not) (?:more|higher|greater) than\s*$|not (?:to )?exceed(?:ing)?\s*$|(?:up to|at most|within|less than|below|under)\s*$|不超过\s*$|不高于\s*$|低于\s*$/,
    'at_most',
  ],
  [/(?:at least|a minimum of|minimum of)\s*$|至少\s*$|最少\s*$/, 'at_least'],
  [/(?:more than|over|exceed(?:s|ing|ed)?|above|in excess of|higher than|greater than)\s*$|超过\s*$|超\s*$|高于\s*$|多于\s*$|突破\s*$/, 'exceed'],
  [/(?:around|about|approximately|approx\.|roughly|nearly|close to|some)\s*$|约为?\s*$|大约为?\s*$|近\s*$|接近\s*$/, 'about'],
];
const AFTER: Array<[RegExp, QualifierCode]> = [
  [/^\s*(?:左右|上下|or so)/, 'about'],
  [/^\s*(?:以上|or more|and above|or above|or higher)/, 'at_least'],
  [/^\s*(?:以内|以下|or less|or below|or lower)/, 'at_most'],
];

/** "控制在" (keep at) is a cap unless the number says otherwise: "控制在2.3亿吨左右" is about. */
const KEEP_AT = /控制在\s*$/;

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
  const keep = KEEP_AT.exec(before);
  if (keep) return { code: 'at_most', text: keep[0].trim() };
  return { code: 'exact' };
}

/** 力争 / 争取 / "strive to" / "endeavour to". */
export const STRIVE = /力争|争取|striv(?:e|es|ing) (?:to|for)|endeavou?r(?:s|ing)? to/g;

/**
 * Whether the words before `pos` in its clause say 力争 / "strive to" ("非化石能源消费比重力争达到32%以上"), or the
 * year marker the target hangs on is led by one ("力争到2025年，…").
 */
export function findStrive(folded: string, clauseStart: number, pos: number, year?: Marker): string | undefined {
  const inClause = [...folded.slice(clauseStart, pos).matchAll(STRIVE)].pop();
  if (inClause) return inClause[0];
  if (year) {
    const lead = /(?:力争|争取|striv(?:e|ing) to|endeavou?r to)\s*(?:在|于|到|,|，)?\s*$/.exec(folded.slice(Math.max(0, year.start - 14), year.start));
    if (lead) return lead[0].trim();
  }
  return undefined;
}

/**
 * "decrease by", "drop by", "下降" just before a quantity; not "drop to", "下降到", "降至", "降低至" (a level).
 * The lone 降 must not be the first character of 降低, or "降低至40%" (Chongqing's coal share) reads as a 40% cut.
 */
export const REDUCTION_BEFORE =
  /(?:decreas|reduc|drop|fall|fell|declin|cut|lower)\w*\s+(?!to\b)(?:by\s+)?(?:(?!to\b)\S+\s+){0,2}$|(?:下降|降低|减少|削减|降(?!低))(?![到至])\S{0,4}$/;
