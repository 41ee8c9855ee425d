/** The period a document covers and its validity: "（2023—2035年）", "规划期为…", "自…起施行", "有效期至…", "有效期5年". */
import { fypEndYear } from '../targets/markers';
import { findDates, isoDate, smallNumber } from './dates';
import type { Found } from './header';
import { spanOf, type Paragraph } from './text';

export interface Period {
  periodFrom?: Found<number>;
  periodTo?: Found<number>;
  effectiveOn?: Found<string>;
  expiresOn?: Found<string>;
}

const RANGE = /[（(]\s*((?:19|20)\d{2})\s*(?:年)?\s*(?:[—–\-~～至到]+|to)\s*((?:19|20)\d{2})\s*(?:年)?\s*[）)]/;
const PLAN_PERIOD =
  /(?:规划|实施|行动|方案|计划)?期(?:限)?(?:为|是|：|:)?\s*((?:19|20)\d{2})\s*(?:年)?\s*[—–\-~～至到]+\s*((?:19|20)\d{2})\s*年|\b(?:covers|covering|for) the (?:period|years) (?:of |from )?((?:19|20)\d{2})\s*(?:[—–-]|to)\s*((?:19|20)\d{2})\b/i;
const EFFECTIVE_EN =
  /(?:come|came|comes) into (?:force|effect) (?:on|from|as of)\s*$|effective (?:from|as of|on)\s*$|take[s]? effect (?:on|from|as of)\s*$|implemented (?:from|as of)\s*$/i;
const EFFECTIVE_ZH = /^\s*起\s*(?:施行|实施|执行|生效)/;
const EXPIRES = /有效期至\s*$|(?:valid|effective|in force) (?:until|through|till)\s*$|expires? on\s*$/i;
const VALID_YEARS = /有效期(?:为)?\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*年|valid for (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) years/i;

const found = <T>(text: string, start: number, end: number, value: T, confidence: number) => ({ value, evidence: spanOf(text, start, end), confidence });

/** `titleSpan`: where the title is in the text; a year range there is the period. */
export function findPeriod(text: string, paragraphs: Paragraph[], titleSpan?: { start: number; end: number }): Period {
  const out: Period = {};
  const inTitle = titleSpan ? RANGE.exec(text.slice(titleSpan.start, titleSpan.end)) : null;
  // "某省“十四五”可再生能源发展规划": a five-year plan's years.
  const fyp = !inTitle && titleSpan ? /十([一二三四五六七八九])五|\b(1[0-9])th Five-Year Plan\b/.exec(text.slice(titleSpan.start, titleSpan.end)) : null;
  if (fyp) {
    const n = fyp[1] ? 10 + '一二三四五六七八九'.indexOf(fyp[1]) + 1 : Number(fyp[2]);
    const s = titleSpan!.start + fyp.index;
    out.periodFrom = found(text, s, s + fyp[0].length, fypEndYear(n) - 4, 0.8);
    out.periodTo = found(text, s, s + fyp[0].length, fypEndYear(n), 0.8);
  }
  if (inTitle) {
    const s = titleSpan!.start + inTitle.index;
    out.periodFrom = found(text, s, s + inTitle[0].length, Number(inTitle[1]), 0.9);
    out.periodTo = found(text, s, s + inTitle[0].length, Number(inTitle[2]), 0.9);
  }
  for (const p of paragraphs) {
    if (!out.periodFrom) {
      const m = PLAN_PERIOD.exec(p.text);
      if (m) {
        const [from, to] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
        out.periodFrom = found(text, p.start + m.index, p.start + m.index + m[0].length, Number(from), 0.8);
        out.periodTo = found(text, p.start + m.index, p.start + m.index + m[0].length, Number(to), 0.8);
      }
    }
    for (const d of findDates(p.text)) {
      const before = p.text.slice(Math.max(0, d.start - 40), d.start);
      if (!out.effectiveOn && (EFFECTIVE_EN.test(before) || EFFECTIVE_ZH.test(p.text.slice(d.end, d.end + 8)))) {
        out.effectiveOn = found(text, p.start + d.start, p.start + d.end, d.iso, 0.85);
      }
      if (!out.expiresOn && EXPIRES.test(before)) out.expiresOn = found(text, p.start + d.start, p.start + d.end, d.iso, 0.85);
    }
    if (!out.expiresOn) {
      const m = VALID_YEARS.exec(p.text);
      const years = m && smallNumber(m[1] ?? m[2]);
      if (m && years && out.effectiveOn) {
        const [y, mo, d] = out.effectiveOn.value.split('-').map(Number);
        const end = new Date(Date.UTC(y + years, mo - 1, d - 1));
        const iso = isoDate(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
        if (iso) out.expiresOn = found(text, p.start + m.index, p.start + m.index + m[0].length, iso, 0.75);
      }
    }
  }
  if (!out.periodFrom && out.effectiveOn) out.periodFrom = { ...out.effectiveOn, value: Number(out.effectiveOn.value.slice(0, 4)), confidence: 0.6 };
  if (!out.periodTo && out.expiresOn) out.periodTo = { ...out.expiresOn, value: Number(out.expiresOn.value.slice(0, 4)), confidence: 0.7 };
  return out;
}
