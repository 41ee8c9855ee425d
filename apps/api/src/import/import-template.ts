import { IMPORT_COLUMNS } from '@dualcarbon/domain';
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS } from './import-format';

/** A plan with four targets, as the templates show it: one entry row, then a row per further target. */
const TARGETS = [
  {
    target_metric: 'non_fossil_share',
    target_comparison: 'share',
    target_year: '2025',
    target_value: '13',
    target_unit: '%',
    target_qualifier: 'about',
    target_source_text: '到2025年，非化石能源消费比重提高至13%左右',
  },
  {
    target_metric: 'Energy intensity',
    target_comparison: 'reduction',
    target_year: '2025',
    target_value: '14.5',
    target_unit: '%',
    target_base_year: '2020',
    target_source_text: '单位地区生产总值能源消耗比2020年下降14.5%',
  },
  {
    target_metric: '碳排放强度',
    target_comparison: 'reduction',
    target_year: '2025',
    target_value: '20.5',
    target_unit: '%',
    target_base_year: '2020',
    target_source_text: '单位地区生产总值二氧化碳排放比2020年下降20.5%',
  },
  {
    target_metric: 'non_fossil_share',
    target_comparison: 'share',
    target_year: '2030',
    target_value: '20',
    target_unit: '%',
    target_qualifier: 'about',
    target_source_text: '到2030年，非化石能源消费比重提高至20%左右',
  },
];

/** The CSV template: the header, the example plan (names where codes could be), column help in the API README and the CMS. */
export function csvTemplate(): string {
  const entry = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.name, c.example]));
  const rows = TARGETS.map((t, i) => ({ ...(i === 0 ? entry : { slug: entry.slug }), ...t }));
  return stringify(rows, { header: true, columns: CSV_COLUMNS, bom: true });
}

/** The JSON template: the same plan as the domain's EntryInput (codes or names). */
export function jsonTemplate(): string {
  const e = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.name, c.example]));
  const targets = TARGETS.map((t) => ({
    metric: t.target_metric,
    comparison: t.target_comparison,
    targetYear: Number(t.target_year),
    value: Number(t.target_value),
    unit: t.target_unit,
    ...(t.target_base_year ? { baseYear: Number(t.target_base_year) } : {}),
    ...(t.target_qualifier ? { qualifier: t.target_qualifier } : {}),
    sourceText: t.target_source_text,
  }));
  const entry = {
    slug: e.slug,
    kind: e.kind,
    title: { en: e.title_en, zh: e.title_zh },
    summary: { en: e.summary_en, zh: e.summary_zh },
    jurisdiction: e.jurisdiction,
    level: e.level,
    status: e.status,
    issuedOn: e.issued_on,
    publisher: e.publisher,
    issuingBodies: [e.issuing_bodies],
    sectors: e.sectors.split(';').map((s) => s.trim()),
    instrumentType: e.instrument_type,
    ghgs: [e.ghgs],
    sources: [{ url: e.source_urls }],
    targets,
  };
  return `${JSON.stringify([entry], null, 2)}\n`;
}
