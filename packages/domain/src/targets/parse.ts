/**
 * Suggests targets from a policy sentence, English or Chinese:
 * "By 2025, CO₂ emissions per unit of GDP will drop by 18% compared with 2020" →
 * { metric: 'carbon_intensity', comparison: 'reduction', value: 18, unit: '%', baseYear: 2020, targetYear: 2025 }.
 *
 * Quantities: find quantities (number, multiplier, unit, range), metric mentions (METRICS keywords), target years
 * ("By 2025", "到2025年", "during the 15th FYP period") and base years ("compared with 2020", "比2020年").
 * A metric goes to a quantity by, in order: a list of k metrics followed by a list of k quantities
 * ("A and B will decrease by 14.5% and 18%, respectively"; "A、B分别比2020年下降X、Y"); a metric right after the number
 * ("50 projects for synergistic control", "50% of cement clinker capacity"); the nearest metric before it
 * in the sentence; the first one after it. A year goes to a quantity from "… 80% by the end of 2028" right
 * after it, else the nearest year marker before it anywhere in the text, else opts.defaultYear.
 * Values are converted to the metric's canonical unit (万千瓦 → GW, 亿千瓦时 → kWh, 万吨标准煤 → Mtce, 万辆 → vehicles);
 * quantities whose unit does not fit the metric are dropped. 力争 / "strive to" sets strive; a five-year-plan period
 * ("“十五五”期间", "during the 15th FYP period") or a span with 累计 / "in total" makes a non-% value cumulative.
 *
 * Without a value (see milestones.ts): peak and neutrality years, and "complete the targets assigned by the state".
 */
import { METRICS } from '../taxonomies/metrics';
import type { TARGET_COMPARISONS } from '../taxonomies/enums';
import type { MetricTerm } from '../taxonomies/types';
import type { TargetInput } from '../schemas/target';
import { CUMULATIVE_CUE, findBaseYears, findQualifier, findStrive, findYearMarkers, REDUCTION_BEFORE, type Marker, type QualifierCode } from './markers';
import { findMentions, type Mention } from './mentions';
import { findAssigned, findMilestones, type ValuelessFind } from './milestones';
import { findQuantities, type Quantity } from './quantities';
import { unitDim } from './units';
import { cleanSlice, clauseRanges, foldText, hasCjk, sentenceAt, sentenceRanges } from './text';

export type ComparisonCode = (typeof TARGET_COMPARISONS)[number]['code'];

export interface TargetSuggestion extends Pick<TargetInput, 'jurisdiction'> {
  metric: string;
  comparison: ComparisonCode;
  /** Absent for peak, neutrality and assigned targets. */
  value?: number;
  valueMax?: number;
  /** The metric's canonical unit (the value is converted to it); absent with the value. */
  unit?: string;
  baseYear?: number;
  targetYear: number;
  qualifier: QualifierCode;
  /** 力争 / "strive to". */
  strive: boolean;
  /** The value is a total over cumulativeFrom..targetYear. */
  cumulativeFrom?: number;
  /** The sentence the target was read from. */
  sourceText: string;
  sourceLanguage: 'en' | 'zh';
  /** 0–1: how sure the parser is (metric adjacent, explicit year, explicit unit raise it). */
  confidence: number;
  /** The words that led to each part of the suggestion. */
  evidence: string[];
}

export interface ParseTargetsOptions {
  /** Target year when the text names none (not for peak and neutrality, which need a stated year). Without it, quantities without a year are skipped. */
  defaultYear?: number;
  /** Language of the text; detected when omitted. */
  lang?: 'en' | 'zh';
  /** The bullet or paragraph the sentence comes from; years stated earlier in it apply to the sentence. */
  context?: string;
  /** Metric vocabulary (defaults to METRICS). */
  metrics?: readonly MetricTerm[];
}

const LIST_GAP = /^\s*(?:,|、|，)?\s*(?:and|和|及|与|以及)?\s*(?:the\s+)?$/;
const ADJACENT_GAP = /^[^\d,;:.，；：。、]{0,45}$/;
const ADJACENT_STOP = /\b(?:and|will|is|are|was|were|to|with)\b|和|将|达到/;

/** Groups consecutive items separated only by list punctuation ("14.5% and 18%", "A, B, and C"). */
function lists<T extends { start: number; end: number }>(items: T[], text: string): T[][] {
  const out: T[][] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    if (last && LIST_GAP.test(text.slice(last[last.length - 1].end, it.start))) last.push(it);
    else out.push([it]);
  }
  return out;
}

interface Assignment {
  metric: string;
  how: 'list' | 'adjacent' | 'before' | 'after';
  mention: Mention;
}

function fits(metric: MetricTerm | undefined, q: Quantity): boolean {
  return !!metric && unitDim(metric.unit)[0] === q.dim;
}

/** The folded text with its sentences and the quantities found in it, as the passes below read it. */
interface ReadText {
  folded: string;
  sentences: Array<[number, number]>;
  quantities: Quantity[];
}

function assignMetrics({ folded, sentences, quantities }: ReadText, mentions: Mention[], metricsByCode: Map<string, MetricTerm>): Map<Quantity, Assignment> {
  const out = new Map<Quantity, Assignment>();
  // Lists: k metric names followed (in the same sentence) by k quantities. A name that covers two metrics
  // ("风电、光伏发电装机容量" = wind and solar) splits when the list has one quantity per part.
  const mentionLists = lists(mentions, folded);
  for (const ql of lists(quantities, folded)) {
    if (ql.length < 2) continue;
    const [s] = sentenceAt(sentences, ql[0].start);
    const ml = [...mentionLists].reverse().find((l) => l[l.length - 1].end <= ql[0].start && l[0].start >= s);
    if (!ml) continue;
    for (const names of [
      ml.flatMap((m) => m.metrics.map((metric) => ({ metric, mention: m }))),
      ml.flatMap((m) => (m.split ?? m.metrics).map((metric) => ({ metric, mention: m }))),
    ]) {
      if (names.length === ql.length && ql.every((q, i) => fits(metricsByCode.get(names[i].metric), q))) {
        ql.forEach((q, i) => out.set(q, { ...names[i], how: 'list' }));
        break;
      }
    }
  }
  for (const q of quantities) {
    if (out.has(q)) continue;
    const [s, e] = sentenceAt(sentences, q.start);
    const inSentence = mentions.filter((m) => m.start >= s && m.end <= e && m.metrics.length === 1);
    const candidates: Assignment[] = [];
    for (const m of inSentence) {
      const gap = folded.slice(q.end, Math.max(q.end, m.start));
      if (m.start >= q.numEnd && ADJACENT_GAP.test(gap) && !ADJACENT_STOP.test(gap)) candidates.push({ metric: m.metrics[0], mention: m, how: 'adjacent' });
    }
    for (const m of [...inSentence].reverse()) if (m.end <= q.start) candidates.push({ metric: m.metrics[0], mention: m, how: 'before' });
    if (!q.word) {
      const after = inSentence.find((m) => m.start >= q.end && !quantities.some((o) => o !== q && o.start > q.end && o.start < m.start));
      if (after) candidates.push({ metric: after.metrics[0], mention: after, how: 'after' });
    }
    // The first candidate whose unit fits: "2 million and the total area of … buildings" is not an area.
    const pick = candidates.find((c) => fits(metricsByCode.get(c.metric), q));
    if (pick) out.set(q, pick);
  }
  return out;
}

/** "… 80% by the end of 2028" → 2028; else the nearest year before; else the first later in the same sentence. */
function yearFor(folded: string, q: Quantity, years: Marker[], quantities: Quantity[], [s, e]: [number, number]): Marker | undefined {
  const following = years.find(
    (y) => y.start >= q.end && /^[\s,]*(?:of the total|in total)?[\s,]*$/.test(folded.slice(q.end, y.start)) && /^(?:by|before|in|at|end)/.test(y.text),
  );
  const before = [...years].reverse().find((y) => y.end <= q.start);
  const later = years.find((y) => y.start >= q.end && y.end <= e && y.start >= s && !quantities.some((o) => o.start > q.end && o.start < y.start));
  return following ?? before ?? later;
}

/**
 * "力争2025年、2030年电解铝使用可再生能源比例分别达到25%、30%": a list of k years before a list of k values of one
 * metric in the same sentence pairs them in order.
 */
function pairedYears({ folded, sentences, quantities }: ReadText, years: Marker[], assigned: Map<Quantity, Assignment>): Map<Quantity, Marker> {
  const out = new Map<Quantity, Marker>();
  const yearLists = lists(
    years.filter((y) => y.kind === 'year'),
    folded,
  ).filter((l) => l.length > 1);
  for (const ql of lists(quantities, folded)) {
    if (ql.length < 2 || new Set(ql.map((q) => assigned.get(q)?.metric)).size !== 1) continue;
    const [s] = sentenceAt(sentences, ql[0].start);
    const yl = [...yearLists].reverse().find((l) => l[l.length - 1].end <= ql[0].start && l[0].start >= s);
    if (yl?.length === ql.length) ql.forEach((q, i) => out.set(q, yl[i]));
  }
  return out;
}

/**
 * A five-year-plan period makes a flow (kWh) or anything stated as a total ("累计", "additional", "in total") a total
 * over the period; a span ("2021—2025年") does only with such a word. Shares and reductions never are.
 */
function cumulativeStart(year: Marker | undefined, q: Quantity, sentence: string): number | undefined {
  if (!year || year.from === undefined || q.dim === 'percent' || q.dim === 'pp') return undefined;
  const stated = CUMULATIVE_CUE.test(sentence);
  if (year.kind === 'period' && (stated || q.dim === 'energy')) return year.from;
  if (year.kind === 'span' && stated) return year.from;
  return undefined;
}

const round = (x: number) => Number(x.toPrecision(12));

/**
 * Target suggestions for a sentence (or a whole paragraph). With opts.context, the text around the
 * sentence (its bullet or paragraph) supplies the target year when the sentence names none.
 */
export function parseTargets(sentence: string, opts: ParseTargetsOptions = {}): TargetSuggestion[] {
  if (!sentence || !sentence.trim()) return [];
  const at = opts.context ? opts.context.indexOf(sentence.trim()) : -1;
  if (at < 0) return dedupe(parseText(sentence, opts).map((r) => r.suggestion));
  const end = at + sentence.trim().length;
  return dedupe(
    parseText(opts.context!, opts)
      .filter((r) => r.at >= at && r.at < end)
      .map((r) => ({ ...r.suggestion, sourceText: sentence.trim() })),
  );
}

/** What makes two suggestions the same target. */
export const targetKey = (
  s: Pick<TargetSuggestion, 'metric' | 'comparison' | 'value' | 'valueMax' | 'baseYear' | 'targetYear' | 'qualifier' | 'strive' | 'cumulativeFrom'>,
): string => [s.metric, s.comparison, s.value, s.valueMax, s.baseYear, s.targetYear, s.qualifier, s.strive, s.cumulativeFrom].join('|');

/** The same target stated twice ("more than 300,000 NEVs … NEV ownership exceeding 300 thousand") is suggested once. */
function dedupe(list: TargetSuggestion[]): TargetSuggestion[] {
  return list.filter((s, i) => list.findIndex((o) => targetKey(o) === targetKey(s)) === i);
}

function parseText(sentence: string, opts: ParseTargetsOptions): Array<{ at: number; suggestion: TargetSuggestion }> {
  const metrics = opts.metrics ?? METRICS;
  const folded = foldText(sentence);
  const sentences = sentenceRanges(folded);
  const clauses = clauseRanges(folded);
  const quantities = findQuantities(folded);
  const mentions = findMentions(folded, metrics);
  const bases = findBaseYears(folded);
  const years = findYearMarkers(folded, bases, sentences);
  const lang = opts.lang ?? (hasCjk(sentence) ? 'zh' : 'en');
  const read: ReadText = { folded, sentences, quantities };
  const assigned = assignMetrics(read, mentions, new Map(metrics.map((m) => [m.code, m])));
  const out: Array<{ at: number; suggestion: TargetSuggestion }> = [];
  const quote = (r: [number, number]) => `"${cleanSlice(sentence, r)}"`;

  const listOf = new Map<Quantity, Quantity[]>();
  for (const ql of lists(quantities, folded)) if (ql.length > 1) for (const q of ql) listOf.set(q, ql);
  const listYears = pairedYears(read, years, assigned);

  for (const q of quantities) {
    const a = assigned.get(q);
    if (!a) continue;
    const metric = metrics.find((m) => m.code === a.metric)!;
    const [dim, factor] = unitDim(metric.unit);
    if (dim !== q.dim) continue;
    if (q.word && a.how !== 'adjacent' && !/(?:to|reach|about|around|than|least|over|exceeding)\s+$/.test(folded.slice(Math.max(0, q.start - 12), q.start)))
      continue;
    const [s, e] = sentenceAt(sentences, q.start);
    const yearMarker = listYears.get(q) ?? yearFor(folded, q, years, quantities, [s, e]);
    const targetYear = yearMarker?.year ?? opts.defaultYear;
    if (targetYear === undefined) continue;

    // "分别达到25%、30%以上": the list's closing qualifier holds for every value in it.
    const list = listOf.get(q);
    const own = findQualifier(folded, q.start, q.end);
    const qual = own.code === 'exact' && list ? findQualifier(folded, list[list.length - 1].start, list[list.length - 1].end) : own;
    let comparison = metric.defaultComparison as ComparisonCode;
    const reductionVerb = REDUCTION_BEFORE.exec(folded.slice(Math.max(s, q.start - 30), q.start));
    if (comparison !== 'reduction' && reductionVerb && q.dim === 'percent') comparison = 'reduction';
    const sentenceBases = bases.filter((b) => b.start >= s && b.end <= e);
    const base = comparison === 'reduction' ? (sentenceBases.find((b) => b.start >= q.end) ?? [...sentenceBases].reverse()[0]) : undefined;
    // 力争 reaches to the quantity from the start of its clause, not past an earlier quantity ("strive to reach 2 million and … 350 million m³").
    const [clauseStart] = sentenceAt(clauses, q.start);
    const striveFrom = list ? list[0].start : q.start;
    const strive = findStrive(folded, Math.max(clauseStart, [...quantities].reverse().find((o) => o.end <= striveFrom)?.end ?? 0), striveFrom, yearMarker);
    const cumulativeFrom = cumulativeStart(yearMarker, q, folded.slice(s, e));

    const evidence = [`value: ${quote([q.start, q.end])}`, `metric: ${quote([a.mention.start, a.mention.end])} (${a.how})`];
    evidence.push(yearMarker ? `year: ${quote([yearMarker.start, yearMarker.end])}` : `year: default ${targetYear}`);
    if (base) evidence.push(`base year: ${quote([base.start, base.end])}`);
    if (qual.text) evidence.push(`qualifier: "${qual.text}"`);
    if (strive) evidence.push(`strive: "${strive}"`);
    if (cumulativeFrom !== undefined) evidence.push(`cumulative: ${cumulativeFrom}–${targetYear}`);
    if (reductionVerb) evidence.push(`reduction: "${reductionVerb[0].trim()}"`);

    const confidence = Math.min(
      0.99,
      0.35 +
        { list: 0.3, adjacent: 0.3, before: 0.2, after: 0.1 }[a.how] +
        (yearMarker ? 0.2 : 0) +
        (q.explicitUnit ? 0.1 : 0) +
        (comparison !== 'reduction' || base || reductionVerb ? 0.05 : 0),
    );
    out.push({
      at: q.start,
      suggestion: {
        metric: metric.code,
        comparison,
        value: round(q.value / factor),
        ...(q.valueMax !== undefined ? { valueMax: round(q.valueMax / factor) } : {}),
        unit: metric.unit,
        ...(base ? { baseYear: base.year } : {}),
        targetYear,
        qualifier: qual.code,
        strive: !!strive,
        ...(cumulativeFrom !== undefined ? { cumulativeFrom } : {}),
        sourceText: cleanSlice(sentence, [s, e]),
        sourceLanguage: lang,
        confidence: Math.round(confidence * 100) / 100,
        evidence,
      },
    });
  }

  const emissionMetrics = new Set(metrics.filter((m) => m.unit === 'Mt CO₂').map((m) => m.code));
  const layout = { folded, sentences, clauses, years, mentions, quantities, lang, known: new Set(metrics.map((m) => m.code)), emissionMetrics } as const;
  const valueless = (f: ValuelessFind, targetYear: number) => {
    const evidence = [`${f.comparison}: "${f.phrase}"`];
    if (f.mention) evidence.push(`metric: ${quote([f.mention.start, f.mention.end])}`);
    evidence.push(f.year ? `year: ${quote([f.year.start, f.year.end])}` : `year: default ${targetYear}`);
    if (f.strive) evidence.push(`strive: "${f.strive}"`);
    const confidence = 0.35 + 0.3 + (f.year ? (f.yearInClause ? 0.25 : 0.15) : 0);
    out.push({
      at: f.at,
      suggestion: {
        metric: f.metric,
        comparison: f.comparison,
        targetYear,
        qualifier: f.qualifier,
        strive: !!f.strive,
        sourceText: cleanSlice(sentence, sentenceAt(sentences, f.at)),
        sourceLanguage: lang,
        confidence: Math.round(confidence * 100) / 100,
        evidence,
      },
    });
  };
  // Peak and neutrality need a stated year; "as assigned" may take the default one.
  for (const f of findMilestones(layout)) if (f.year) valueless(f, f.year.year);
  for (const f of findAssigned(layout)) {
    const year = f.year?.year ?? opts.defaultYear;
    if (year !== undefined) valueless(f, year);
  }
  return out.sort((a, b) => a.at - b.at);
}
