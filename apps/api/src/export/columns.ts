import type { OutputLang } from '@dualcarbon/domain';
import type { EntryRow } from '../search/entry-rows';

/**
 * The export's columns, in order. Part of the public API: add columns at the end, never rename or
 * remove one. In CSV, lists are codes joined with "|" and missing values are empty; in JSON and NDJSON,
 * lists are arrays and missing values null.
 */
export const EXPORT_COLUMNS = [
  ['slug', 'Stable identifier of the entry'],
  ['url', 'The entry on the portal, in the lang= language (English by default)'],
  ['kind', 'policy, action or report'],
  ['title_en', 'Title in English'],
  ['title_zh', 'Title in Chinese'],
  ['summary_en', 'Summary in English'],
  ['summary_zh', 'Summary in Chinese'],
  ['jurisdiction', 'Region code: CN, six-digit GB/T 2260 code, or zone code'],
  ['jurisdiction_en', 'Region name in English'],
  ['jurisdiction_zh', 'Region name in Chinese'],
  ['province', 'Province code the jurisdiction lies in (empty for national entries)'],
  ['level', 'national, provincial, city, county or zone'],
  ['sectors', 'Sector codes'],
  ['instrument', 'Instrument (document type) code'],
  ['themes', 'Theme codes'],
  ['ghgs', 'Greenhouse gas codes'],
  ['issuers', 'Issuing body codes'],
  ['status', 'Policy status: in_force, draft_for_comment, superseded or expired'],
  ['issued_on', 'Date issued, YYYY-MM-DD'],
  ['published_at', 'When the entry was published on dualcarbon (ISO 8601)'],
  ['updated_at', 'When the entry last changed (ISO 8601)'],
  ['targets_count', 'Number of targets (quantified, peak, neutrality and "as assigned")'],
  ['document_number', 'Document number (文号) as printed, e.g. 粤府〔2022〕56号'],
  ['period_from', 'First year the document covers'],
  ['period_to', 'Last year the document covers'],
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number][0];
export type ExportRecord = Record<ExportColumn, string | number | string[] | null>;

export const COLUMN_NAMES = EXPORT_COLUMNS.map(([name]) => name);

export function toExportRecord(r: EntryRow, portalUrl: string, lang: OutputLang = 'en'): ExportRecord {
  return {
    slug: r.slug,
    url: `${portalUrl}/${lang}/entries/${encodeURIComponent(r.slug)}`,
    kind: r.kind,
    title_en: r.title_en,
    title_zh: r.title_zh,
    summary_en: r.summary_en,
    summary_zh: r.summary_zh,
    jurisdiction: r.jurisdiction,
    jurisdiction_en: r.region_en,
    jurisdiction_zh: r.region_zh,
    province: /^\d{6}/.test(r.jurisdiction) ? `${r.jurisdiction.slice(0, 2)}0000` : null,
    level: r.level,
    sectors: r.sectors,
    instrument: r.instrument_type,
    themes: r.themes,
    ghgs: r.ghgs,
    issuers: r.issuing_bodies,
    status: r.policy_status,
    issued_on: r.issued_on,
    published_at: new Date(r.published_at).toISOString(),
    updated_at: new Date(r.updated_at).toISOString(),
    targets_count: r.targets_count,
    document_number: r.document_number,
    period_from: r.period_from,
    period_to: r.period_to,
  };
}
