/**
 * Targets without a value: emissions peak and neutrality years ("2030年前实现碳达峰", "peak carbon emissions before
 * 2030", "力争2025年前率先达峰", "carbon neutrality before 2060") and "complete the targets assigned by the state"
 * ("单位地区生产总值能源消耗和二氧化碳排放确保完成国家下达指标" → energy_intensity and carbon_intensity, as assigned).
 */
import { findStrive, type Marker, type QualifierCode } from './markers';
import type { Mention } from './mentions';
import type { Quantity } from './quantities';

export interface ValuelessFind {
  at: number;
  metric: string;
  comparison: 'peak' | 'neutrality' | 'assigned';
  year: Marker | undefined;
  qualifier: QualifierCode;
  strive?: string;
  /** The words that name the milestone or the assignment. */
  phrase: string;
  /** Whether the year is in the phrase's own clause (surer) or only earlier in the sentence. */
  yearInClause: boolean;
  mention?: Mention;
}

interface Layout {
  folded: string;
  sentences: Array<[number, number]>;
  clauses: Array<[number, number]>;
  years: Marker[];
  mentions: Mention[];
  quantities: Quantity[];
  lang: 'en' | 'zh';
  /** Metric codes the vocabulary has. */
  known: ReadonlySet<string>;
  /** Metrics recorded in CO₂ (a sector's emissions can peak). */
  emissionMetrics: ReadonlySet<string>;
}

const PEAK = /碳达峰|达峰|达到峰值|排放峰值|\bpeak(?:s|ed|ing)?\b/g;
const NEUTRAL = /碳中和|\bcarbon[- ]neutral(?:ity)?\b|\bnet[- ]zero\b|\bclimate[- ]neutral(?:ity)?\b/g;
/** The milestone word used as an attribute ("carbon peaking pathways", "碳达峰行动"), or the dual goal "碳达峰碳中和". */
const ATTRIBUTIVE_AFTER =
  /^(?:\s*(?:pathways?|paths?|roadmaps?|actions?|plans?|pilots?|work|polic(?:y|ies)|strateg\w*|studies|and (?:carbon )?neutrality)\b|[、和与及]?碳中和|行动|工作|路径|实施|方案|试点|规划|战略|研究|后|之后|以后)/;
/** Inside a cited title: "按照《2030年前碳达峰行动方案》". */
const IN_TITLE = /《[^》]*$/;
const AFTER_PEAKING = /\b(?:after|post)[- ](?:peak|peaking)\s*$/;
/** Clauses that support a milestone rather than set it: "为实现碳达峰奠定基础", "help realize the goal of carbon peaking". */
const SUPPORTING = /奠定|基础|助力|支撑|foundation|groundwork|\bhelp(?:s|ing)?\b|pave the way|contribut/;
/** A sector's own peak ("carbon emissions in the energy sector will peak", "工业领域碳达峰") is not the place's. */
const SECTOR = /\b(?:sector|sectors|industry|industries|field|fields)\b|领域|行业|部门|产业/;
/** "Take the lead in peaking" needs its own year: "率先达峰" alone is an ambition. */
const LEAD = /率先\s*(?:实现)?\s*(?:碳)?$|take the lead in\s*$|be among the first to\s*$/;

const inRange = ([s, e]: [number, number], pos: number) => pos >= s && pos < e;
const rangeAt = (ranges: Array<[number, number]>, pos: number): [number, number] => ranges.find((r) => inRange(r, pos)) ?? [0, Infinity];

/** The milestone's year: in its clause (Chinese puts it before, English after), else the sentence's last one before it. */
function milestoneYear(l: Layout, start: number, end: number, others: number[]): { year?: Marker; inClause: boolean } {
  const clause = rangeAt(l.clauses, start);
  const sentence = rangeAt(l.sentences, start);
  const inClause = l.years.filter((y) => inRange(clause, y.start));
  const before = [...inClause].reverse().find((y) => y.end <= start && !others.some((o) => o > y.end && o < start));
  const after = inClause.find((y) => y.start >= end && !others.some((o) => o > end && o < y.start));
  const own = l.lang === 'zh' ? (before ?? after) : (after ?? before);
  if (own) return { year: own, inClause: true };
  const earlier = [...l.years].reverse().find((y) => y.end <= start && y.start >= sentence[0]);
  return { year: earlier, inClause: false };
}

export function findMilestones(l: Layout): ValuelessFind[] {
  if (!l.known.has('co2_emissions')) return [];
  const words: Array<{ m: RegExpExecArray; comparison: 'peak' | 'neutrality' }> = [
    ...[...l.folded.matchAll(PEAK)].map((m) => ({ m, comparison: 'peak' as const })),
    ...[...l.folded.matchAll(NEUTRAL)].map((m) => ({ m, comparison: 'neutrality' as const })),
  ].sort((a, b) => a.m.index - b.m.index);
  const starts = words.map((w) => w.m.index!);
  const out: ValuelessFind[] = [];
  for (const { m, comparison } of words) {
    const start = m.index!;
    const end = start + m[0].length;
    if (ATTRIBUTIVE_AFTER.test(l.folded.slice(end, end + 24)) || AFTER_PEAKING.test(l.folded.slice(Math.max(0, start - 12), start))) continue;
    if (IN_TITLE.test(l.folded.slice(Math.max(0, start - 60), start))) continue;
    const clause = rangeAt(l.clauses, start);
    const clauseText = l.folded.slice(clause[0], clause[1]);
    if (SUPPORTING.test(clauseText)) continue;
    // A sector's own peak is recorded on the sector's emissions metric when the vocabulary has one
    // ("确保工业领域二氧化碳排放在2030年前达峰" → industry_co2_emissions), never as the place's.
    const sectorMetric = SECTOR.test(clauseText) ? sectorEmissions(l, clause) : undefined;
    if (SECTOR.test(clauseText) && !sectorMetric) continue;
    const { year, inClause } = milestoneYear(
      l,
      start,
      end,
      starts.filter((s) => s !== start),
    );
    // A plan's span ("（2022—2030年）") or a five-year-plan period is not a peak year.
    if (!year || year.kind !== 'year') continue;
    if (comparison === 'peak' && LEAD.test(l.folded.slice(Math.max(0, start - 20), start)) && !inClause) continue;
    out.push({
      at: start,
      metric: sectorMetric ?? 'co2_emissions',
      comparison,
      year,
      qualifier: year.before ? 'before' : 'exact',
      strive: findStrive(l.folded, clause[0], start, year),
      phrase: m[0],
      yearInClause: inClause,
    });
  }
  return out;
}

/** A sector's emissions metric named in the clause: a metric other than co2_emissions recorded in CO₂ (Mt CO₂). */
function sectorEmissions(l: Layout, [from, to]: [number, number]): string | undefined {
  for (const m of l.mentions) {
    if (m.start < from || m.end > to) continue;
    const metric = m.metrics.find((code) => code !== 'co2_emissions' && l.emissionMetrics.has(code));
    if (metric) return metric;
  }
  return undefined;
}

const ASSIGNED_ZH =
  /(?:确保|全面|按期|如期)?完成(?:国家|中央|省|省级|省里|市|上级)(?:下达|分解|分配|确定)(?:的)?(?:[“"]?十[一二三四五六七八九]五[”"]?)?(?:目标任务|目标|指标|任务)(?:任务)?|达到(?:国家|中央|省)(?:确定|下达)的[^，。；,;]{0,10}?目标值/g;
const ASSIGNED_EN =
  /\b(?:(?:complete|fulfil|fulfill|meet|achieve|accomplish)(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:targets?|goals?|tasks?|indicators?)\s+(?:assigned|set|issued|allocated|handed down)\s+by\s+the\s+|as\s+(?:assigned|set|required)\s+by\s+the\s+)(?:state|central government|country|nation|province|provincial government|higher authorities)\b|\bensure the (?:completion|fulfil?ment) of the (?:national|state) (?:targets?|goals?|tasks?)\b/g;

/**
 * "确保完成国家下达指标" for each metric named before it in its sentence (after the last quantity there), or,
 * when none is, after it in its clause ("complete the targets assigned by the state for energy intensity").
 */
export function findAssigned(l: Layout): ValuelessFind[] {
  const out: ValuelessFind[] = [];
  for (const re of [ASSIGNED_ZH, ASSIGNED_EN]) {
    for (const m of l.folded.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const sentence = rangeAt(l.sentences, start);
      const clause = rangeAt(l.clauses, start);
      const lastQuantity = [...l.quantities].reverse().find((q) => q.end <= start && q.start >= sentence[0]);
      const from = Math.max(sentence[0], lastQuantity?.end ?? 0);
      let named = l.mentions.filter((x) => x.start >= from && x.end <= start);
      if (!named.length) named = l.mentions.filter((x) => x.start >= end && x.end <= clause[1]);
      const before = [...l.years].reverse().find((y) => y.end <= start);
      const later = l.years.find((y) => y.start >= end && y.end <= sentence[1]);
      const inPhrase = l.years.find((y) => y.start >= start && y.end <= end);
      const year = inPhrase ?? before ?? later;
      for (const mention of named) {
        for (const metric of mention.metrics) {
          out.push({
            at: start,
            metric,
            comparison: 'assigned',
            year,
            qualifier: 'exact',
            phrase: m[0],
            yearInClause: !!year && inRange(sentence, year.start),
            mention,
          });
        }
      }
    }
  }
  return out;
}
