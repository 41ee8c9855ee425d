/** Finds numbers with their multipliers, units and ranges in folded text (see foldText). */

/** tce: tonnes of standard coal equivalent (energy consumption); volume: m³ (forest stock). */
export type Dimension = 'percent' | 'pp' | 'count' | 'mass' | 'tce' | 'energy' | 'power' | 'area' | 'volume' | 'money';

export interface Quantity {
  start: number;
  /** End of the number and multiplier, before the unit. */
  numEnd: number;
  /** End of the whole quantity including unit (and range). */
  end: number;
  /** Value in the dimension's base unit (t, tce, kWh, kW, m², m³, %, count). */
  value: number;
  valueMax?: number;
  dim: Dimension;
  /** Whether a unit was written (a bare number is a count). */
  explicitUnit: boolean;
  /** An English number word ("five"), accepted only next to a metric or after "to", "about", "more than" …. */
  word: boolean;
  text: string;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三 → 3, 十五 → 15, 二十 → 20, 一百二十 → 120. */
export function zhNumeral(s: string): number | undefined {
  let total = 0;
  let cur = 0;
  for (const c of s) {
    if (c in ZH_DIGITS) cur = ZH_DIGITS[c];
    else if (c === '十' || c === '百' || c === '千') {
      total += (cur || 1) * (c === '十' ? 10 : c === '百' ? 100 : 1000);
      cur = 0;
    } else return undefined;
  }
  return total + cur;
}

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^\s*(?:trillion)\b/, 1e12],
  [/^\s*(?:billion|bn)\b/, 1e9],
  [/^\s*(?:million|mn)\b/, 1e6],
  [/^\s*(?:thousand)\b/, 1e3],
  [/^\s*万亿/, 1e12],
  [/^\s*亿/, 1e8],
  [/^\s*千万/, 1e7],
  [/^\s*百万/, 1e6],
  [/^\s*万/, 1e4],
  [/^\s*千(?!瓦|克|米)/, 1e3],
];

const UNITS: Array<[RegExp, Dimension, number]> = [
  [/^\s?(?:%|percent\b|per cent\b)/, 'percent', 1],
  [/^\s*(?:percentage points?|个百分点)/, 'pp', 1],
  [/^\s*(?:kwh|kilowatt[- ]hours?|千瓦时|度(?!电)|度电)/, 'energy', 1],
  [/^\s*(?:mwh|megawatt[- ]hours?)/, 'energy', 1e3],
  [/^\s*(?:gwh|gigawatt[- ]hours?)/, 'energy', 1e6],
  [/^\s*(?:twh|terawatt[- ]hours?)/, 'energy', 1e9],
  [/^\s*(?:kw|kilowatts?|千瓦)(?![a-z])/, 'power', 1],
  [/^\s*(?:mw|megawatts?|兆瓦)(?![a-z])/, 'power', 1e3],
  [/^\s*(?:gw|gigawatts?|吉瓦)(?![a-z])/, 'power', 1e6],
  // Standard coal before plain tonnes: "万吨标准煤", "million tonnes of standard coal (equivalent)", "Mtce".
  [/^\s*(?:mtce)(?![a-z])/, 'tce', 1e6],
  [/^\s*(?:吨标准煤|吨标煤|tce(?![a-z])|(?:tons?|tonnes?) of (?:standard coal equivalent|standard coal|coal equivalent))/, 'tce', 1],
  [/^\s*(?:mt|megatons?|megatonnes?)(?![a-z])/, 'mass', 1e6],
  [/^\s*(?:kt|kilotons?|kilotonnes?)(?![a-z])/, 'mass', 1e3],
  [/^\s*(?:tons?|tonnes?|t(?![a-z])|吨)/, 'mass', 1],
  [/^\s*(?:km2|square kilomet(?:er|re)s?|平方公里|平方千米)/, 'area', 1e6],
  [/^\s*(?:hectares?|ha\b|公顷)/, 'area', 1e4],
  [/^\s*(?:m2|sq\.? ?m\b|square met(?:er|re)s?|平方米)/, 'area', 1],
  [/^\s*亩/, 'area', 666.67],
  [/^\s*(?:立方米|cubic met(?:er|re)s?|m3(?![a-z0-9]))/, 'volume', 1],
  [/^\s*(?:yuan|rmb|元)/, 'money', 1],
  [/^\s*(?:辆|座|个|项|家|台|处|所|条|批)/, 'count', 1],
];
/** Words that may follow a mass unit and belong to it ("tons of CO₂e per year"). */
const MASS_TAIL = /^\s*(?:of\s+(?:co2e?|carbon dioxide(?: equivalent)?|co2 equivalent))?(?:\s*(?:per year|a year|annually|\/yr|\/year))?/;

const NUMBER = /(?<![\w.,])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?(?![\d,]\d|\d|st\b|nd\b|rd\b|th\b|\s*\+|\.\d)/g;
const WORD_NUMBER = new RegExp(`\\b(${Object.keys(WORDS).join('|')})\\b`, 'g');
const ZH_NUMBER = /([零〇一二两三四五六七八九十百千]+)(?=[辆座个项家台处所条])/g;
const RANGE_SEP = /^\s*(?:-|–|—{1,2}|~|to|至)\s*/;

function readUnit(folded: string, pos: number): { dim: Dimension; factor: number; end: number; mult: number; multEnd: number } | undefined {
  const rest = folded.slice(pos, pos + 40);
  const unitAt = (s: string, offset: number) => {
    for (const [re, dim, factor] of UNITS) {
      const m = re.exec(s);
      if (!m) continue;
      let len = m[0].length;
      if (dim === 'mass') len += MASS_TAIL.exec(s.slice(len))![0].length;
      return { dim, factor, end: offset + len };
    }
    return undefined;
  };
  const direct = unitAt(rest, pos);
  if (direct) return { ...direct, mult: 1, multEnd: pos };
  for (const [re, mult] of MULTIPLIERS) {
    const m = re.exec(rest);
    if (!m) continue;
    const after = unitAt(rest.slice(m[0].length), pos + m[0].length);
    return after ? { ...after, mult, multEnd: pos + m[0].length } : { dim: 'count', factor: 1, end: pos + m[0].length, mult, multEnd: pos + m[0].length };
  }
  return undefined;
}

const round = (x: number) => Number(x.toPrecision(12));
const isYearLike = (raw: string) => /^(19[5-9]\d|20\d\d|2100)$/.test(raw);

/** Every quantity in the folded text, in order. Years, ordinals ("14th"), "CO2", "1+N" are not quantities. */
export function findQuantities(folded: string): Quantity[] {
  const out: Quantity[] = [];
  const taken = (s: number) => out.some((q) => s >= q.start && s < q.end);
  for (const m of folded.matchAll(NUMBER)) {
    const start = m.index!;
    if (taken(start)) continue;
    const raw = m[1] + (m[2] ?? '');
    const num = Number(raw.replace(/,/g, ''));
    const pos = start + m[0].length;
    if (/^\s*(?:年|月|日|号)/.test(folded.slice(pos, pos + 3))) continue;
    let unit = readUnit(folded, pos);
    let valueMax: number | undefined;
    let end = unit?.end ?? pos;
    let numEnd = unit?.multEnd ?? pos;
    // A range: "40-45%", "40%–45%", "40 to 45 percent".
    const sep = RANGE_SEP.exec(folded.slice(end, end + 6));
    // The first bound may carry the unit ("40%—45%") or only a multiplier ("1000万—1200万千瓦").
    if (sep && (!unit || unit.dim === 'percent' || (unit.dim === 'count' && unit.mult !== 1))) {
      const m2 = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(folded.slice(end + sep[0].length));
      if (m2) {
        const p2 = end + sep[0].length + m2[0].length;
        const unit2 = readUnit(folded, p2);
        if (!(isYearLike(raw) && isYearLike(m2[0]) && !unit2)) {
          const max = Number(m2[0].replace(/,/g, ''));
          if (unit2 && (!unit || unit2.dim === unit.dim || (unit.dim === 'count' && unit2.mult === unit.mult)) && max > num) {
            unit = unit2;
            valueMax = max;
            numEnd = unit2.multEnd;
            end = unit2.end;
          }
        } else continue; // a span of years: "2023-2035"
      }
    }
    if (isYearLike(raw) && (!unit || (unit.dim === 'count' && unit.mult === 1))) continue;
    const scale = (unit?.mult ?? 1) * (unit?.factor ?? 1);
    out.push({
      start,
      numEnd,
      end,
      value: round(num * scale),
      valueMax: valueMax === undefined ? undefined : round(valueMax * scale),
      dim: unit?.dim ?? 'count',
      explicitUnit: !!unit && unit.dim !== 'count',
      word: false,
      text: folded.slice(start, end),
    });
  }
  for (const m of folded.matchAll(WORD_NUMBER)) {
    if (taken(m.index!)) continue;
    const end = m.index! + m[0].length;
    out.push({ start: m.index!, numEnd: end, end, value: WORDS[m[1]], dim: 'count', explicitUnit: false, word: true, text: m[0] });
  }
  for (const m of folded.matchAll(ZH_NUMBER)) {
    const v = zhNumeral(m[1]);
    if (v === undefined || taken(m.index!)) continue;
    const end = m.index! + m[0].length + 1;
    out.push({ start: m.index!, numEnd: end - 1, end, value: v, dim: 'count', explicitUnit: false, word: false, text: folded.slice(m.index!, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}
