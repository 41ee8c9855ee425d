import { stringify } from 'csv-stringify';
import { Transform, type Duplex } from 'node:stream';
import type { OutputLang } from '@dualcarbon/domain';
import type { EntryRow } from '../search/entry-rows';
import type { Citation } from './citation';
import { COLUMN_NAMES, toExportRecord } from './columns';

export const EXPORT_FORMATS = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export interface ExportMeta {
  citation: Citation;
  query: Record<string, unknown>;
  total: number;
  portalUrl: string;
  /** The reader's language: the `url` column links to the portal's pages in it. */
  lang: OutputLang;
}

/** A cell of a record: lists become "|"-joined text in CSV, missing values null (empty in CSV). */
export type ExportValue = string | number | boolean | string[] | null;

/** What an export writes: its columns in order, a cursor row as a record, and where the CSV citation row puts its parts. */
export interface ExportShape<Row> {
  columns: readonly string[];
  record(row: Row): Record<string, ExportValue>;
  /** The columns holding the citation row's `#citation` marker, the export's URL and the citation text. */
  citationCells: { marker: string; url: string; text: string };
}

const meta = (shape: ExportShape<unknown>, m: ExportMeta) => ({
  citation: m.citation.text,
  url: m.citation.url,
  generatedAt: m.citation.generatedAt,
  query: m.query,
  total: m.total,
  columns: shape.columns,
});

/** CSV cells: lists joined with "|", null as empty; numbers stay numbers (so a negative one is not taken for a formula). */
const csvCells = (shape: ExportShape<unknown>, rec: Record<string, ExportValue>) =>
  shape.columns.map((c) => {
    const v = rec[c];
    return Array.isArray(v) ? v.join('|') : (v ?? '');
  });

/** Rows from the cursor → CSV (UTF-8 with BOM, CRLF, header row, formula-like cells escaped, then a final `#citation` row). */
function csv<Row>(shape: ExportShape<Row>, m: ExportMeta): Duplex[] {
  const toCells = new Transform({
    objectMode: true,
    transform(row: Row, _enc, done) {
      done(null, csvCells(shape as ExportShape<unknown>, shape.record(row)));
    },
    flush(done) {
      const last = shape.columns.map(() => '');
      last[shape.columns.indexOf(shape.citationCells.marker)] = '#citation';
      last[shape.columns.indexOf(shape.citationCells.url)] = m.citation.url;
      last[shape.columns.indexOf(shape.citationCells.text)] = m.citation.text;
      done(null, last);
    },
  });
  // escape_formulas: a text cell starting with = + - @ tab or CR gets a leading ' so spreadsheets show it as text, never run it.
  return [toCells, stringify({ bom: true, header: true, columns: [...shape.columns], record_delimiter: 'windows', escape_formulas: true })];
}

/** One JSON document: {citation, url, generatedAt, query, total, columns, items: […]}. */
function json<Row>(shape: ExportShape<Row>, m: ExportMeta): Duplex[] {
  let first = true;
  const head = meta(shape as ExportShape<unknown>, m);
  return [
    new Transform({
      writableObjectMode: true,
      transform(row: Row, _enc, done) {
        const prefix = first ? `${JSON.stringify(head).slice(0, -1)},"items":[\n` : ',\n';
        first = false;
        done(null, prefix + JSON.stringify(shape.record(row)));
      },
      flush(done) {
        done(null, first ? `${JSON.stringify({ ...head, items: [] })}\n` : '\n]}\n');
      },
    }),
  ];
}

/** NDJSON: a first line {"meta": {…}}, then one record per line. */
function ndjson<Row>(shape: ExportShape<Row>, m: ExportMeta): Duplex[] {
  let first = true;
  const head = JSON.stringify({ meta: meta(shape as ExportShape<unknown>, m) });
  return [
    new Transform({
      writableObjectMode: true,
      transform(row: Row, _enc, done) {
        const prefix = first ? `${head}\n` : '';
        first = false;
        done(null, `${prefix}${JSON.stringify(shape.record(row))}\n`);
      },
      flush(done) {
        done(null, first ? `${head}\n` : '');
      },
    }),
  ];
}

/** The stream stages of each format for one kind of export. */
export function formattersFor<Row>(shapeOf: (m: ExportMeta) => ExportShape<Row>): Record<ExportFormat, (m: ExportMeta) => Duplex[]> {
  return {
    csv: (m) => csv(shapeOf(m), m),
    json: (m) => json(shapeOf(m), m),
    ndjson: (m) => ndjson(shapeOf(m), m),
  };
}

/** The entries export: one row per entry (see columns.ts). */
export const formatters = formattersFor<EntryRow>((m) => ({
  columns: COLUMN_NAMES,
  record: (row) => toExportRecord(row, m.portalUrl, m.lang),
  citationCells: { marker: 'slug', url: 'url', text: 'title_en' },
}));
