import type {
  MetricList,
  ObservationRow as ObservationAnswer,
  TargetComparison,
  TargetQualifier,
  TargetRow as TargetAnswer,
  TargetTable,
} from '@dualcarbon/domain';
import type { Lang } from '@/i18n';
import { getJson } from './http';
import { regionName, type RegionName } from './types';

/** The place a row is about, with the names the portal writes. */
export interface JurisdictionRef {
  code: string;
  name: RegionName;
  kind: TargetAnswer['jurisdiction']['kind'];
}

/**
 * One jurisdiction's target as the tables, charts and the domain's formatters read it: the answer's
 * nulls are the domain Target's absent fields.
 */
export interface TargetRow {
  jurisdiction: JurisdictionRef;
  metric: string;
  /** Null for peak, neutrality and "as assigned" targets: a year (and a metric) only. */
  value: number | null;
  valueMax?: number;
  unit?: string;
  comparison: TargetComparison;
  baseYear?: number;
  qualifier: TargetQualifier;
  strive: boolean;
  /** The value is a total over cumulativeFrom..targetYear. */
  cumulativeFrom?: number;
  targetYear: number;
  sourceText?: string;
  entry: { slug: string; title: TargetAnswer['entry']['title']; documentNumber?: string };
}

export type ObservationRow = Omit<ObservationAnswer, 'jurisdiction' | 'baseYear' | 'sourceUrl'> & {
  jurisdiction: JurisdictionRef;
  baseYear?: number;
  sourceUrl?: string;
};

export interface TargetsResult {
  rows: TargetRow[];
  observations: ObservationRow[];
}

/** A metric with targets, and the years they are set for (ascending). */
export type MetricInfo = MetricList['items'][number];
/** A metric the target page offers: one the API counted, or (when it cannot answer) one of the vocabulary. */
export type MetricChoice = Pick<MetricInfo, 'code' | 'targetYears'> & Partial<Pick<MetricInfo, 'en' | 'zh' | 'targetCount'>>;

const absent = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const jurisdictionRef = (j: TargetAnswer['jurisdiction']): JurisdictionRef => ({ code: j.code, name: regionName(j), kind: j.kind });

export function targetRowView(r: TargetAnswer): TargetRow {
  return {
    jurisdiction: jurisdictionRef(r.jurisdiction),
    metric: r.metric,
    value: r.value,
    valueMax: absent(r.valueMax),
    unit: absent(r.unit),
    comparison: r.comparison,
    baseYear: absent(r.baseYear),
    qualifier: r.qualifier,
    strive: r.strive,
    cumulativeFrom: absent(r.cumulativeFrom),
    targetYear: r.targetYear,
    sourceText: absent(r.sourceText),
    entry: { slug: r.entry.slug, title: r.entry.title, documentNumber: absent(r.entry.documentNumber) },
  };
}

function observationView(o: ObservationAnswer): ObservationRow {
  return { ...o, jurisdiction: jurisdictionRef(o.jurisdiction), baseYear: absent(o.baseYear), sourceUrl: absent(o.sourceUrl) };
}

/** Every place's targets for a metric (and year) in one answer: comparisons rank against all of them. */
export function targetsPath(metric: string, targetYear?: number): string {
  const q = new URLSearchParams({ metric });
  if (targetYear !== undefined) q.set('targetYear', String(targetYear));
  q.set('pageSize', '1000');
  return `/targets?${q}`;
}

/**
 * Where the target values themselves download: one row per target, the same filters as the table, and
 * the reader's language for the links in it (English is the API's default).
 */
export function targetsExportHref(format: 'csv' | 'json', f: { metric: string; targetYear?: number; kind?: string }, lang: Lang): string {
  const q = new URLSearchParams({ metric: f.metric });
  if (f.targetYear !== undefined) q.set('targetYear', String(f.targetYear));
  if (f.kind) q.set('kind', f.kind);
  if (lang !== 'en') q.set('lang', lang);
  return `/api/export/targets.${format}?${q}`;
}

/** `GET /api/targets?metric=&targetYear=`: every jurisdiction's target, plus official observations. */
export async function fetchTargets(path: string): Promise<TargetsResult> {
  const table = await getJson<TargetTable>(path);
  return { rows: table.rows.map(targetRowView), observations: table.observations.map(observationView) };
}

/** `GET /api/metrics`: metrics with targets and their target years. */
export async function fetchMetrics(path = '/metrics'): Promise<MetricInfo[]> {
  return (await getJson<MetricList>(path)).items;
}
