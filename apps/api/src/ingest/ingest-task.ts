import { createRegionIndex, joinParagraphs, readDocument, type DocumentReading, type MetricTerm, type Region, type Term } from '@dualcarbon/domain';
import { extractFile, isExtractError, type ExtractErrorKind, type Extracted } from './extract';
import { textParagraphs } from './extract/txt';

/** The live vocabulary the reader classifies with (taxonomy terms and zones from the database). */
export interface IngestVocabulary {
  sectors: Term[];
  themes: Term[];
  instruments: Term[];
  issuers: Term[];
  metrics: MetricTerm[];
  zones: Region[];
}

export interface IngestTask {
  /** An uploaded file … */
  data?: Uint8Array;
  filename?: string;
  /** … or pasted text. */
  text?: string;
  vocabulary: IngestVocabulary;
}

export type IngestTaskResult =
  { ok: true; reading: DocumentReading; extractMs: number; readMs: number } | { ok: false; kind: ExtractErrorKind; message: string };

/** Most characters read: a longer text is cut here, with a warning (a 500-page plan is ~1 M characters). */
export const MAX_TEXT_CHARS = 1_000_000;

/**
 * Extract the text and read it into suggestions: the CPU-heavy part of an ingestion, run on a worker
 * thread (ingest-pool.ts). Failures the user caused come back as values, since a thread boundary keeps
 * only an Error's message.
 */
export async function runIngestTask(task: IngestTask): Promise<IngestTaskResult> {
  const t0 = performance.now();
  let extracted: Extracted;
  try {
    extracted = task.data ? await extractFile(task.data, task.filename) : { format: 'text', paragraphs: textParagraphs(task.text ?? '') };
  } catch (err) {
    if (isExtractError(err)) return { ok: false, kind: err.kind, message: err.message };
    throw err;
  }
  const t1 = performance.now();
  let text = joinParagraphs(extracted.paragraphs);
  const warnings: string[] = [];
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS);
    warnings.push(`The text was cut after ${MAX_TEXT_CHARS.toLocaleString('en')} characters`);
  }
  if (!text.replace(/\s/g, '')) return { ok: false, kind: 'no_text', message: 'The document has no text' };
  const v = task.vocabulary;
  const reading = readDocument(
    { text, format: extracted.format, pages: extracted.pages ?? null, titleHint: extracted.titleHint },
    { regions: createRegionIndex(v.zones), sectors: v.sectors, themes: v.themes, instruments: v.instruments, issuers: v.issuers, metrics: v.metrics },
  );
  reading.warnings.unshift(...warnings);
  return { ok: true, reading, extractMs: t1 - t0, readMs: performance.now() - t1 };
}
