import { levelForRegionKind, type OutputLang, type RegionKind } from '@dualcarbon/domain';
import type { TargetExportRow } from '../targets/targets.queries';
import type { ExportShape, ExportValue } from './formats';

/**
 * The targets export's columns, in order: one row per target of a published entry. Part of the public
 * API: add columns at the end, never rename or remove one. Missing values are empty in CSV, null in JSON.
 */
export const TARGET_EXPORT_COLUMNS = [
  ['jurisdiction', 'The place the target is set for: CN, a six-digit GB/T 2260 code or a zone code'],
  ['jurisdiction_en', 'Its name in English'],
  ['jurisdiction_zh', 'Its name in Chinese'],
  ['level', 'Its level: national, provincial, city or zone'],
  ['metric', 'Metric code (GET /api/metrics lists them)'],
  ['metric_en', 'Metric in English'],
  ['metric_zh', 'Metric in Chinese'],
  [
    'kind',
    'How the target is stated (the API\'s comparison): reduction (versus base_year), level, share, count, capacity; peak or neutrality (by target_year, no value); assigned ("as assigned", no value)',
  ],
  ['value', 'The number, in unit (a reduction is positive: 18 means down 18%); the lower bound of a range; empty for peak, neutrality and assigned'],
  ['value_max', 'Upper bound of a range'],
  ['unit', "The metric's unit (with a value)"],
  ['qualifier', 'exact, about, at_least, no_less_than, exceed, at_most or before (peak and neutrality: "before 2030")'],
  ['strive', 'true for 力争 / "strive to"'],
  ['base_year', 'Year a reduction is measured against'],
  ['cumulative_from', 'The value is a total over cumulative_from..target_year, not a yearly figure'],
  ['target_year', 'Year the target is for'],
  ['source_text', 'The clause stating the target, verbatim'],
  ['source_language', 'Language of source_text: en or zh'],
  ['entry', 'Slug of the entry the target comes from'],
  ['entry_title_en', 'Its title in English'],
  ['entry_title_zh', 'Its title in Chinese'],
  ['document_number', 'Its document number (文号) as printed'],
  ['issued_on', 'Date the entry was issued, YYYY-MM-DD'],
  ['url', 'The entry on the portal (in the language lang asks for; English by default)'],
] as const;

export type TargetExportColumn = (typeof TARGET_EXPORT_COLUMNS)[number][0];
export const TARGET_COLUMN_NAMES = TARGET_EXPORT_COLUMNS.map(([name]) => name);

const num = (v: string | null) => (v === null ? null : Number(v));

export function toTargetRecord(r: TargetExportRow, portalUrl: string, lang: OutputLang = 'en'): Record<TargetExportColumn, ExportValue> {
  return {
    jurisdiction: r.jurisdiction,
    jurisdiction_en: r.region_en,
    jurisdiction_zh: r.region_zh,
    level: levelForRegionKind(r.region_kind as RegionKind),
    metric: r.metric,
    metric_en: r.metric_en,
    metric_zh: r.metric_zh,
    kind: r.comparison,
    value: num(r.value),
    value_max: num(r.value_max),
    unit: r.unit,
    qualifier: r.qualifier,
    strive: r.strive,
    base_year: r.base_year,
    cumulative_from: r.cumulative_from,
    target_year: r.target_year,
    source_text: r.source_text,
    source_language: r.source_language,
    entry: r.slug,
    entry_title_en: r.title_en,
    entry_title_zh: r.title_zh,
    document_number: r.document_number,
    issued_on: r.issued_on,
    url: `${portalUrl}/${lang}/entries/${encodeURIComponent(r.slug)}`,
  };
}

/** The targets export as the formats write it; the CSV citation row: `#citation` in jurisdiction, the export URL in url, the citation in source_text. */
export const targetShape = (portalUrl: string, lang: OutputLang): ExportShape<TargetExportRow> => ({
  columns: TARGET_COLUMN_NAMES,
  record: (row) => toTargetRecord(row, portalUrl, lang),
  citationCells: { marker: 'jurisdiction', url: 'url', text: 'source_text' },
});
