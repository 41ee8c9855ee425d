/** Dates as official documents print them: 2022年12月5日, 二〇二二年十二月五日, December 5, 2022, 5 December 2022, 2022-12-05. */

export interface DateHit {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  iso: string;
}

const ZH_DIGIT: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 二〇二二 → 2022 (digit by digit); 十二 → 12, 二十五 → 25, 三十一 → 31. */
function zhNumber(s: string, digitwise: boolean): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (digitwise) {
    let n = 0;
    for (const c of s) {
      if (!(c in ZH_DIGIT)) return undefined;
      n = n * 10 + ZH_DIGIT[c];
    }
    return n;
  }
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return undefined;
  const tens = m[2] ? (m[1] ? ZH_DIGIT[m[1]] : 1) : 0;
  if (!m[2] && m[1]) return ZH_DIGIT[m[1]] + (m[3] ? NaN : 0);
  return tens * 10 + (m[3] ? ZH_DIGIT[m[3]] : 0);
}

export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(iso + 'T00:00:00Z');
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : undefined;
}

const ZH_DATE = /(\d{4}|[〇零Ｏ一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/g;
const EN_MDY = new RegExp(`\\b(${MONTHS.join('|')})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi');
const EN_DMY = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})\\.?,?\\s+(\\d{4})\\b`, 'gi');
const ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g;

/** Every date in a text, in order. */
export function findDates(text: string): DateHit[] {
  const out: DateHit[] = [];
  const push = (start: number, len: number, iso?: string) => {
    if (iso && !out.some((o) => start < o.end && start + len > o.start)) out.push({ start, end: start + len, iso });
  };
  for (const m of text.matchAll(ZH_DATE)) {
    const y = zhNumber(m[1], true);
    const mo = zhNumber(m[2], false);
    const d = zhNumber(m[3], false);
    if (y !== undefined && mo !== undefined && d !== undefined) push(m.index!, m[0].length, isoDate(y, mo, d));
  }
  for (const m of text.matchAll(EN_MDY)) push(m.index!, m[0].length, isoDate(Number(m[3]), MONTHS.indexOf(m[1].toLowerCase()) + 1, Number(m[2])));
  for (const m of text.matchAll(EN_DMY)) push(m.index!, m[0].length, isoDate(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1])));
  for (const m of text.matchAll(ISO)) push(m.index!, m[0].length, isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  return out.sort((a, b) => a.start - b.start);
}

/** A Chinese count of years: "5" or "五" or "十". */
export function smallNumber(s: string): number | undefined {
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  return words[s.toLowerCase()] ?? zhNumber(s, false);
}
