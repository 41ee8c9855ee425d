import type { IngestFormat } from '@dualcarbon/domain';

/** What an extractor reads from a file: paragraphs in reading order, and what the format says besides. */
export interface Extracted {
  format: IngestFormat;
  /** Pages of a PDF; undefined for formats without pages. */
  pages?: number;
  paragraphs: string[];
  /** A title the format carries (PDF metadata, HTML <h1>/<title>, DOCX Title style). */
  titleHint?: string;
}
