/**
 * A target as a reader says it, in English or Chinese — the one wording the portal and the CMS show:
 *   peak, before, 2030                         → "Peak before 2030" / "2030年前达峰"
 *   assigned, 2025                             → "As assigned by the state, by 2025" / "到2025年完成国家下达指标"
 *   share, at_least, strive, 32 %, 2025        → "strive to reach at least 32% by 2025" / "到2025年力争达到32%以上"
 *   reduction, 13.5 %, base 2020, 2025         → "a reduction of 13.5% vs 2020 by 2025" / "到2025年比2020年下降13.5%"
 *   capacity, 1e11 kWh, cumulative 2026–2030   → "100 billion kWh cumulative 2026–2030" / "2026—2030年累计达到1000亿千瓦时"
 * Quantities are written in units a reader of the language expects: 74 GW is "74 GW" and "7400万千瓦",
 * 2,000,000 vehicles "2 million vehicles" and "200万辆".
 */
import { isScaledUnit, zhUnit } from './units';

export type TargetLang = 'en' | 'zh';

/** What formatting needs of a target; the API's rows (value null for peaks) fit too. */
export interface FormattableTarget {
  comparison: string;
  targetYear: number;
  value?: number | null;
  valueMax?: number | null;
  unit?: string | null;
  baseYear?: number | null;
  qualifier?: string | null;
  strive?: boolean | null;
  cumulativeFrom?: number | null;
}

export interface FormatTargetOptions {
  /** Say the year ("by 2025", "到2025年"); tables with a year column leave it out. Default true. */
  withYear?: boolean;
  /** Say the base year of a reduction ("vs 2020", "比2020年"). Default true. */
  withBase?: boolean;
  /** Who assigns an "as assigned" target: the state (a province's or the country's target, default) or the province. */
  assignedBy?: 'state' | 'province';
  /**
   * The amount alone, for a chart's bar or a tight cell: "−13.5%", "about 45%", "at least 74 GW" (no "strive", no
   * year, no base year; a reduction as a minus sign). Milestones and "as assigned" read as usual.
   */
  compact?: boolean;
}

const MINUS = '\u2212';
const numberFormats = new Map<string, Intl.NumberFormat>();
/** English groups thousands ("1,300,000"); Chinese numbers come with 万/亿 and stay short, so no grouping. */
function num(value: number, lang: TargetLang): string {
  const key = lang;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 3, useGrouping: lang === 'en' });
    numberFormats.set(key, nf);
  }
  return nf.format(value);
}

/** Canonical units in words for English readers; symbols (%, GW, kWh, Mt, m²) stay as they are. */
const EN_UNITS: Record<string, string> = { vehicles: 'vehicles', stations: 'stations', projects: 'projects', platforms: 'platforms' };

/** A unit's name alone, as an axis or a column would show it: "vehicles" / "辆", "GW" / "GW". */
export function unitLabel(unit: string, lang: TargetLang): string {
  if (lang === 'en') return EN_UNITS[unit] ?? unit;
  const zh = zhUnit(unit);
  return zh && zh[1] === 1 ? zh[0] : unit;
}

/** One amount in the reader's units: (74, GW) → "74 GW" / "7400万千瓦"; (2e6, vehicles) → "2 million vehicles" / "200万辆". */
export function formatQuantity(value: number, unit: string, lang: TargetLang): string {
  if (unit === '%') return `${num(value, lang)}%`;
  if (lang === 'zh') {
    const zh = zhUnit(unit);
    if (!zh) return `${num(value, lang)} ${unit}`;
    const base = value * zh[1];
    const abs = Math.abs(base);
    if (abs >= 1e8) return `${num(base / 1e8, lang)}亿${zh[0]}`;
    if (abs >= 1e4) return `${num(base / 1e4, lang)}万${zh[0]}`;
    return `${num(base, lang)}${zh[0]}`;
  }
  const words = EN_UNITS[unit] ?? unit;
  const abs = Math.abs(value);
  if (!isScaledUnit(unit) && abs >= 1e9) return `${num(value / 1e9, lang)} billion ${words}`;
  if (!isScaledUnit(unit) && abs >= 1e6) return `${num(value / 1e6, lang)} million ${words}`;
  return `${num(value, lang)} ${words}`;
}

/** "32%", "40–45%" / "40%—45%", "74 GW", "1–2 million vehicles" (the bounds written alike). */
function amount(value: number, valueMax: number | null | undefined, unit: string, lang: TargetLang): string {
  if (valueMax == null || valueMax === value) return formatQuantity(value, unit, lang);
  if (unit === '%') return lang === 'zh' ? `${num(value, lang)}%—${num(valueMax, lang)}%` : `${num(value, lang)}–${num(valueMax, lang)}%`;
  return `${formatQuantity(value, unit, lang)}${lang === 'zh' ? '—' : '–'}${formatQuantity(valueMax, unit, lang)}`;
}

/** The amount with its qualifier: "at least 32%" / "32%以上", "about 20%" / "20%左右". */
function qualified(a: string, qualifier: string | null | undefined, lang: TargetLang): string {
  const q = qualifier ?? 'exact';
  if (lang === 'en') {
    const words: Record<string, string> = { about: 'about', at_least: 'at least', no_less_than: 'no less than', exceed: 'more than', at_most: 'at most' };
    return words[q] ? `${words[q]} ${a}` : a;
  }
  const zh: Record<string, (x: string) => string> = {
    about: (x) => `${x}左右`,
    at_least: (x) => `${x}以上`,
    no_less_than: (x) => `不低于${x}`,
    exceed: (x) => `超过${x}`,
    at_most: (x) => `不超过${x}`,
  };
  return zh[q] ? zh[q](a) : a;
}

function milestone(t: FormattableTarget, lang: TargetLang): string {
  const before = t.qualifier === 'before';
  if (lang === 'zh') {
    const when = `${t.strive ? '力争' : ''}${t.targetYear}年${before ? '前' : ''}`;
    return t.comparison === 'peak' ? `${when}达峰` : `${when}实现碳中和`;
  }
  const when = `${before ? 'before' : 'by'} ${t.targetYear}`;
  if (t.comparison === 'peak') return t.strive ? `Strive to peak ${when}` : `Peak ${when}`;
  return t.strive ? `Strive for carbon neutrality ${when}` : `Carbon neutrality ${when}`;
}

function assigned(t: FormattableTarget, lang: TargetLang, o: Required<FormatTargetOptions>): string {
  const byProvince = o.assignedBy === 'province';
  if (lang === 'zh') return `${o.withYear ? `到${t.targetYear}年` : ''}完成${byProvince ? '省' : '国家'}下达指标`;
  return `As assigned by the ${byProvince ? 'province' : 'state'}${o.withYear ? `, by ${t.targetYear}` : ''}`;
}

/**
 * The whole target in one phrase (see the file's comment). A target without the value its kind needs is shown
 * with "?" for the number, so a half-filled form still reads.
 */
export function formatTarget(t: FormattableTarget, lang: TargetLang, opts: FormatTargetOptions = {}): string {
  const compact = opts.compact ?? false;
  const o: Required<FormatTargetOptions> = {
    withYear: !compact && (opts.withYear ?? true),
    withBase: !compact && (opts.withBase ?? true),
    assignedBy: opts.assignedBy ?? 'state',
    compact,
  };
  if (t.comparison === 'peak' || t.comparison === 'neutrality') return milestone(t, lang);
  if (t.comparison === 'assigned') return assigned(t, lang, o);

  const value = t.value ?? undefined;
  const reduction = t.comparison === 'reduction';
  // A reduction is stored as a positive number (13.5 = "down 13.5%"); a negative one is an increase.
  const increase = reduction && value !== undefined && value < 0;
  const shown = (v: number) => (reduction ? Math.abs(v) : v);
  const raw = value === undefined ? '?' : amount(shown(value), t.valueMax == null ? t.valueMax : shown(t.valueMax), t.unit ?? '', lang);
  if (compact) {
    // A qualified reduction in words: "a reduction of more than 68%" / "下降超过68%", never "more than −68%".
    if (reduction && value !== undefined && value !== 0 && (t.qualifier ?? 'exact') !== 'exact') {
      const q = qualified(raw, t.qualifier, lang);
      return lang === 'zh' ? `${increase ? '上升' : '下降'}${q}` : `${increase ? 'an increase' : 'a reduction'} of ${q}`;
    }
    return qualified(reduction && value !== undefined && value !== 0 ? `${increase ? '+' : MINUS}${raw}` : raw, t.qualifier, lang);
  }
  const q = qualified(raw, t.qualifier, lang);
  const cumulative = t.cumulativeFrom != null;
  const base = reduction && o.withBase && t.baseYear != null ? t.baseYear : undefined;

  if (lang === 'zh') {
    const when = cumulative ? `${t.cumulativeFrom}—${t.targetYear}年累计` : o.withYear ? `到${t.targetYear}年` : '';
    const strive = t.strive ? '力争' : '';
    if (reduction) return `${when}${strive}${base !== undefined ? `比${base}年` : ''}${increase ? '上升' : '下降'}${q}`;
    const verb = ['exceed', 'no_less_than', 'at_most'].includes(t.qualifier ?? '') ? '' : '达到';
    return `${when}${strive}${verb}${q}`;
  }
  let phrase: string;
  if (reduction) phrase = `${t.strive ? 'strive for ' : ''}${increase ? 'an increase' : 'a reduction'} of ${q}${base !== undefined ? ` vs ${base}` : ''}`;
  else phrase = t.strive ? `strive to ${t.qualifier === 'at_most' ? 'keep to' : 'reach'} ${q}` : q;
  if (cumulative) return `${phrase} cumulative ${t.cumulativeFrom}–${t.targetYear}`;
  return o.withYear ? `${phrase} by ${t.targetYear}` : phrase;
}

/** An official statistic's value with its qualifier: "about 11,550 Mt CO₂e" / "约115.5亿吨二氧化碳当量", "a reduction of 48.4%". */
export function formatObservationValue(o: { value: number; unit: string; qualifier?: string | null; comparison?: string }, lang: TargetLang): string {
  const reduction = o.comparison === 'reduction';
  const raw = formatQuantity(reduction ? Math.abs(o.value) : o.value, o.unit, lang);
  const a = o.qualifier === 'about' ? (lang === 'zh' ? `约${raw}` : `about ${raw}`) : qualified(raw, o.qualifier, lang);
  if (!reduction) return a;
  const up = o.value < 0;
  return lang === 'zh' ? `${up ? '上升' : '下降'}${a}` : `${up ? 'an increase' : 'a reduction'} of ${a}`;
}

/** Who assigns an "as assigned" target of an entry at this level: the state for provinces (and the country), the province below. */
export function assignerForLevel(level: string | undefined): 'state' | 'province' {
  return level === 'city' || level === 'county' || level === 'zone' ? 'province' : 'state';
}
