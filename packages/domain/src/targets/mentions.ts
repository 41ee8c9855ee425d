/** Where metrics are named in folded text, using METRICS keywords (EN and ZH). */
import { METRICS } from '../taxonomies/metrics';
import type { MetricTerm } from '../taxonomies/types';
import { foldText } from './text';

export interface Mention {
  start: number;
  end: number;
  /** Usually one metric; a compound phrase names several ("单位地区生产总值能耗和二氧化碳排放"). */
  metrics: string[];
  /** The metrics a one-metric compound splits into when paired with a list ("风电、光伏发电装机容量分别达到X、Y"). */
  split?: string[];
  text: string;
}

const AND = '(?:和|、|及|与|以及)';
/** Phrases that name two metrics with a shared, elided part, or one metric that also splits into two. */
const COMPOUNDS: Array<{ re: RegExp; metrics: string[]; split?: string[] }> = [
  { re: /energy consumption and (?:co2|carbon dioxide|carbon) emissions per unit of gdp/g, metrics: ['energy_intensity', 'carbon_intensity'] },
  {
    re: new RegExp(`单位(?:地区生产总值|国内生产总值|gdp)(?:能耗|能源消耗)${AND}(?:二氧化碳|碳)排放(?:量)?`, 'g'),
    metrics: ['energy_intensity', 'carbon_intensity'],
  },
  { re: new RegExp(`单位(?:地区生产总值|国内生产总值|gdp)(?:二氧化碳|碳)排放${AND}(?:能耗|能源消耗)`, 'g'), metrics: ['carbon_intensity', 'energy_intensity'] },
  {
    re: new RegExp(`风电${AND}(?:光伏|太阳能)(?:发电)?(?:的)?(?:总)?装机(?:容量|规模)?`, 'g'),
    metrics: ['wind_solar_capacity'],
    split: ['wind_capacity', 'solar_capacity'],
  },
  {
    re: /(?:installed capacity of )?wind (?:power )?and (?:solar|photovoltaic|pv)(?: power)?(?: generation)?(?: installed)? capacity|installed capacity of wind (?:power )?and (?:solar|photovoltaic|pv)(?: power)?/g,
    metrics: ['wind_solar_capacity'],
    split: ['wind_capacity', 'solar_capacity'],
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function keywordPattern(keyword: string): RegExp {
  const k = foldText(keyword);
  const pre = /^\w/.test(k) ? '(?<![\\w-])' : '';
  const post = /\w$/.test(k) ? '(?![\\w])' : '';
  return new RegExp(pre + escape(k) + post, 'g');
}

interface Pattern {
  re: RegExp;
  metric: string;
}

const cache = new WeakMap<readonly MetricTerm[], Pattern[]>();

function patternsFor(metrics: readonly MetricTerm[]): Pattern[] {
  let p = cache.get(metrics);
  if (!p) {
    p = metrics.flatMap((m) =>
      [m.en, m.zh, ...(m.keywords ?? [])].filter((k) => k.length >= 2 && !/[()（）]/.test(k)).map((k) => ({ re: keywordPattern(k), metric: m.code })),
    );
    cache.set(metrics, p);
  }
  return p;
}

/** Non-overlapping metric mentions, longest phrase first where they overlap. */
export function findMentions(folded: string, metrics: readonly MetricTerm[] = METRICS): Mention[] {
  const all: Mention[] = [];
  const known = new Set(metrics.map((m) => m.code));
  for (const { re, metrics: codes, split } of COMPOUNDS) {
    if (!codes.every((c) => known.has(c))) continue;
    for (const m of folded.matchAll(re)) {
      all.push({ start: m.index!, end: m.index! + m[0].length, metrics: codes, ...(split && split.every((c) => known.has(c)) ? { split } : {}), text: m[0] });
    }
  }
  for (const { re, metric } of patternsFor(metrics)) {
    for (const m of folded.matchAll(re)) all.push({ start: m.index!, end: m.index! + m[0].length, metrics: [metric], text: m[0] });
  }
  all.sort((a, b) => b.metrics.length - a.metrics.length || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of all) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
