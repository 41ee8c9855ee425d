import { getJson } from './http';
import { isObject, listOf, localized, num, pick, regionNameOf, str } from './normalize';
import { isQuantityComparison, type LocalizedText, type Target } from '@dualcarbon/domain';
import type { Lang } from '@/i18n';
import type { RegionName } from './types';

export interface JurisdictionRef {
  code: string;
  name?: RegionName;
  kind?: string;
}

/** One jurisdiction's target for a metric and year, with the entry it comes from. */
export interface TargetRow {
  jurisdiction: JurisdictionRef;
  metric: string;
  /** Null for peak, neutrality and "as assigned" targets: a year (and a metric) only. */
  value: number | null;
  valueMax?: number;
  unit?: string;
  comparison: Target['comparison'];
  baseYear?: number;
  qualifier: Target['qualifier'];
  strive: boolean;
  /** The value is a total over cumulativeFrom..targetYear. */
  cumulativeFrom?: number;
  targetYear: number;
  sourceText?: string;
  sourceLanguage?: string;
  entry?: { slug: string; title: LocalizedText; documentNumber?: string };
}

export interface ObservationRow {
  jurisdiction: JurisdictionRef;
  metric: string;
  year: number;
  value: number;
  unit: string;
  comparison: Target['comparison'];
  baseYear?: number;
  qualifier: Target['qualifier'];
  sourceTitle?: string;
}

export interface TargetsResult {
  rows: TargetRow[];
  observations: ObservationRow[];
}

export interface MetricInfo {
  code: string;
  en?: string;
  zh?: string;
  unit?: string;
  /** Target years with at least one target, when the API lists them. */
  targetYears: number[];
  count?: number;
}

function jurisdictionOf(raw: unknown, fallback?: unknown): JurisdictionRef | null {
  const j = raw ?? fallback;
  if (typeof j === 'string') return { code: j };
  const code = str(pick(j, ['code', 'id']));
  return code ? { code, name: regionNameOf(j), kind: str(pick(j, ['kind'])) } : null;
}

export function readTargetRow(raw: unknown, metric?: string): TargetRow | null {
  if (!isObject(raw)) return null;
  const jurisdiction = jurisdictionOf(raw.jurisdiction, raw.region);
  const value = num(raw.value);
  const targetYear = num(raw.targetYear);
  const comparison = (str(raw.comparison) ?? 'level') as Target['comparison'];
  // Peak, neutrality and "as assigned" targets have no value; every other kind needs one.
  if (!jurisdiction || targetYear === undefined || (value === undefined && isQuantityComparison(comparison))) return null;
  const entryRaw = raw.entry;
  const slug = str(pick(entryRaw, ['slug'])) ?? str(raw.entrySlug);
  const documentNumber = str(pick(entryRaw, ['documentNumber']));
  return {
    jurisdiction,
    metric: str(raw.metric) ?? metric ?? '',
    value: value ?? null,
    valueMax: num(raw.valueMax),
    unit: str(raw.unit),
    comparison,
    baseYear: num(raw.baseYear),
    qualifier: (str(raw.qualifier) ?? 'exact') as Target['qualifier'],
    strive: raw.strive === true,
    cumulativeFrom: num(raw.cumulativeFrom),
    targetYear,
    sourceText: str(raw.sourceText),
    sourceLanguage: str(raw.sourceLanguage),
    entry: slug ? { slug, title: localized(pick(entryRaw, ['title'])), ...(documentNumber ? { documentNumber } : {}) } : undefined,
  };
}

function readObservation(raw: unknown, metric?: string): ObservationRow | null {
  if (!isObject(raw)) return null;
  const jurisdiction = jurisdictionOf(raw.jurisdiction, raw.region);
  const year = num(raw.year);
  const value = num(raw.value);
  if (!jurisdiction || year === undefined || value === undefined) return null;
  return {
    jurisdiction,
    metric: str(raw.metric) ?? metric ?? '',
    year,
    value,
    unit: str(raw.unit) ?? '',
    comparison: (str(raw.comparison) ?? 'level') as Target['comparison'],
    baseYear: num(raw.baseYear),
    qualifier: (str(raw.qualifier) ?? 'exact') as Target['qualifier'],
    sourceTitle: str(raw.sourceTitle),
  };
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
  const raw = await getJson<unknown>(path);
  const metric = new URLSearchParams(path.split('?')[1] ?? '').get('metric') ?? undefined;
  return {
    rows: listOf(raw, ['items', 'rows', 'targets']).map((r) => readTargetRow(r, metric)).filter((r): r is TargetRow => r !== null),
    observations: listOf(pick(raw, ['observations']), ['items'])
      .map((o) => readObservation(o, metric))
      .filter((o): o is ObservationRow => o !== null),
  };
}

/** `GET /api/metrics`: metrics with targets (and, when sent, their target years). */
export async function fetchMetrics(path = '/metrics'): Promise<MetricInfo[]> {
  const raw = await getJson<unknown>(path);
  return listOf(raw, ['items', 'metrics']).flatMap((m): MetricInfo[] => {
    const code = str(pick(m, ['code', 'metric']));
    if (!code) return [];
    const yearsRaw = pick(m, ['targetYears', 'years']);
    const targetYears = (Array.isArray(yearsRaw) ? yearsRaw : [])
      .map((y) => num(isObject(y) ? pick(y, ['year', 'targetYear', 'value']) : y))
      .filter((y): y is number => y !== undefined)
      .sort((a, b) => a - b);
    return [{ code, en: str(pick(m, ['en'])), zh: str(pick(m, ['zh'])), unit: str(pick(m, ['unit'])), targetYears, count: num(pick(m, ['targetCount', 'count', 'targets'])) }];
  });
}
