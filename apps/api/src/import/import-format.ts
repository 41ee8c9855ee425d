import { IMPORT_COLUMNS, TARGET_COLUMNS, targetColumnField } from '@dualcarbon/domain';
import { parse } from 'csv-parse/sync';

/**
 * CSV columns of an import, one entry per row (docs: apps/api/README.md, "Import"; help and templates:
 * the domain's IMPORT_COLUMNS). Lists are separated by ";". Targets come as target_… columns: a row
 * with only target cells (its slug empty or the entry's) adds a target to the entry above it.
 * Observations and newsletter placements need the JSON format.
 */
export const CSV_COLUMNS = [...IMPORT_COLUMNS.map((c) => c.name), ...TARGET_COLUMNS];
const REQUIRED_COLUMNS = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.name);
const ENTRY_COLUMNS = IMPORT_COLUMNS.map((c) => c.name).filter((c) => c !== 'slug');
const NUMERIC_TARGET_FIELDS = new Set(['targetYear', 'value', 'valueMax', 'baseYear', 'cumulativeFrom']);
const BOOLEAN_TARGET_FIELDS = new Set(['strive']);

/** A target from a row's target_… cells (numbers as numbers when they read as one), or undefined when it has none. */
function csvTarget(r: Record<string, string>): Record<string, unknown> | undefined {
  const t: Record<string, unknown> = {};
  for (const column of TARGET_COLUMNS) {
    const cell = r[column]?.trim();
    if (!cell) continue;
    const field = targetColumnField(column)!;
    const n = Number(cell.replace(/,/g, ''));
    if (NUMERIC_TARGET_FIELDS.has(field)) t[field] = Number.isFinite(n) ? n : cell;
    else if (BOOLEAN_TARGET_FIELDS.has(field)) t[field] = /^(true|yes|1|是)$/i.test(cell) ? true : /^(false|no|0|否)$/i.test(cell) ? false : cell;
    else t[field] = cell;
  }
  return Object.keys(t).length ? t : undefined;
}

export type ImportFormat = 'csv' | 'json';

/** A file-level problem: the whole file is refused (400 import/invalid_file). */
export class ImportFileError extends Error {}

const MAX_ROWS = 5000;

/** "2023" → 2023; anything else stays text, so the domain names the field that is not a year. */
const year = (cell: string | undefined) => (cell && /^\d{4}$/.test(cell) ? Number(cell) : cell);

const list = (cell: string | undefined) =>
  cell
    ? cell
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

/** One CSV record as the domain's EntryInput (still unvalidated: the domain says what is wrong, field by field). */
export function csvRecordToInput(r: Record<string, string>): Record<string, unknown> {
  const cell = (k: string) => (r[k]?.trim() ? r[k].trim() : undefined);
  const text = (en: string, zh: string) => (cell(en) || cell(zh) ? { en: cell(en), zh: cell(zh) } : undefined);
  const en = list(r.key_points_en) ?? [];
  const zh = list(r.key_points_zh) ?? [];
  const keyPoints = Array.from({ length: Math.max(en.length, zh.length) }, (_, i) => ({ en: en[i], zh: zh[i] }));
  const input: Record<string, unknown> = {
    slug: cell('slug'),
    kind: cell('kind'),
    title: text('title_en', 'title_zh') ?? {},
    summary: text('summary_en', 'summary_zh'),
    jurisdiction: cell('jurisdiction'),
    level: cell('level'),
    status: cell('status'),
    issuedOn: cell('issued_on'),
    effectiveOn: cell('effective_on'),
    expiresOn: cell('expires_on'),
    documentNumber: cell('document_number'),
    periodFrom: year(cell('period_from')),
    periodTo: year(cell('period_to')),
    publisher: cell('publisher'),
    issuingBodies: list(r.issuing_bodies),
    sectors: list(r.sectors),
    instrumentType: cell('instrument_type'),
    themes: list(r.themes),
    ghgs: list(r.ghgs),
    sources: list(r.source_urls)?.map((url) => ({ url })),
    keyPoints: keyPoints.length ? keyPoints : undefined,
    relations: list(r.relations)?.map((rel) => {
      const at = rel.indexOf(':');
      return at < 0 ? { type: 'related', target: rel } : { type: rel.slice(0, at).trim(), target: rel.slice(at + 1).trim() };
    }),
    targets: csvTarget(r) ? [csvTarget(r)] : undefined,
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

function parseCsv(content: string): unknown[] {
  let records: Record<string, string>[];
  try {
    records = parse(content.replace(/^\uFEFF/, ''), {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: false,
      trim: false,
    });
  } catch (err) {
    throw new ImportFileError(`Not a readable CSV file: ${(err as Error).message}`);
  }
  const header = records.length ? Object.keys(records[0]) : [];
  const unknown = header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw new ImportFileError(`Unknown column(s): ${unknown.join(', ')}. Columns are: ${CSV_COLUMNS.join(', ')}`);
  const missing = REQUIRED_COLUMNS.filter((c) => records.length && !header.includes(c));
  if (missing.length) throw new ImportFileError(`Missing column(s): ${missing.join(', ')}`);
  // A row with only target cells continues the entry above it.
  const entries: Record<string, unknown>[] = [];
  for (const r of records) {
    const prev = entries.at(-1);
    const slug = r.slug?.trim();
    const continues = prev && (!slug || slug === prev.slug) && ENTRY_COLUMNS.every((c) => !r[c]?.trim()) && csvTarget(r);
    if (continues) prev.targets = [...((prev.targets as unknown[]) ?? []), csvTarget(r)];
    else entries.push(csvRecordToInput(r));
  }
  return entries;
}

function parseJson(content: string): unknown[] {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ImportFileError(`Not a readable JSON file: ${(err as Error).message}`);
  }
  const rows = Array.isArray(json) ? json : (json as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(rows)) throw new ImportFileError('A JSON import is an array of entries, or {"entries": [...]}');
  return rows;
}

/** `csv` or `json`: as told, else by the file name, else by the first character. */
export function detectFormat(content: string, told?: string, filename?: string): ImportFormat {
  if (told === 'csv' || told === 'json') return told;
  if (filename && /\.json$/i.test(filename)) return 'json';
  if (filename && /\.(csv|txt)$/i.test(filename)) return 'csv';
  return /^\uFEFF?\s*[[{]/.test(content) ? 'json' : 'csv';
}

/** The file's entries, unvalidated, in order. */
export function readImportFile(content: string, format: ImportFormat): unknown[] {
  if (!content.trim()) throw new ImportFileError('The file is empty');
  const rows = format === 'csv' ? parseCsv(content) : parseJson(content);
  if (!rows.length) throw new ImportFileError('The file has no entries');
  if (rows.length > MAX_ROWS) throw new ImportFileError(`At most ${MAX_ROWS} entries per import (this file has ${rows.length})`);
  return rows;
}
