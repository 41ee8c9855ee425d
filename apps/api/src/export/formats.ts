import { stringify } from 'csv-stringify';
import { Transform, type Duplex } from 'node:stream';
import type { OutputLang } from '@dualcarbon/domain';
import type { EntryRow } from '../search/entry-rows';
import type { Citation } from './citation';
import { COLUMN_NAMES, toCsvRow, toExportRecord } from './columns';

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

const meta = (m: ExportMeta) => ({
  citation: m.citation.text,
  url: m.citation.url,
  generatedAt: m.citation.generatedAt,
  query: m.query,
  total: m.total,
  columns: COLUMN_NAMES,
});

/** Rows from the cursor → CSV (UTF-8 with BOM, CRLF, header row, then a final `#citation` row). */
function csv(m: ExportMeta): Duplex[] {
  const toCells = new Transform({
    objectMode: true,
    transform(row: EntryRow, _enc, done) {
      done(null, toCsvRow(toExportRecord(row, m.portalUrl, m.lang)));
    },
    flush(done) {
      const last = COLUMN_NAMES.map(() => '');
      last[COLUMN_NAMES.indexOf('slug')] = '#citation';
      last[COLUMN_NAMES.indexOf('url')] = m.citation.url;
      last[COLUMN_NAMES.indexOf('title_en')] = m.citation.text;
      done(null, last);
    },
  });
  return [toCells, stringify({ bom: true, header: true, columns: COLUMN_NAMES, record_delimiter: 'windows' })];
}

/** One JSON document: {citation, url, generatedAt, query, total, columns, items: […]}. */
function json(m: ExportMeta): Duplex[] {
  let first = true;
  return [
    new Transform({
      writableObjectMode: true,
      transform(row: EntryRow, _enc, done) {
        const head = first ? `${JSON.stringify(meta(m)).slice(0, -1)},"items":[\n` : ',\n';
        first = false;
        done(null, head + JSON.stringify(toExportRecord(row, m.portalUrl, m.lang)));
      },
      flush(done) {
        done(null, first ? `${JSON.stringify({ ...meta(m), items: [] })}\n` : '\n]}\n');
      },
    }),
  ];
}

/** NDJSON: a first line {"meta": {…}}, then one entry per line. */
function ndjson(m: ExportMeta): Duplex[] {
  let first = true;
  return [
    new Transform({
      writableObjectMode: true,
      transform(row: EntryRow, _enc, done) {
        const head = first ? `${JSON.stringify({ meta: meta(m) })}\n` : '';
        first = false;
        done(null, `${head}${JSON.stringify(toExportRecord(row, m.portalUrl, m.lang))}\n`);
      },
      flush(done) {
        done(null, first ? `${JSON.stringify({ meta: meta(m) })}\n` : '');
      },
    }),
  ];
}

export const formatters: Record<ExportFormat, (m: ExportMeta) => Duplex[]> = { csv, json, ndjson };
