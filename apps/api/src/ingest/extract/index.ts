import { detectFormat } from './detect';
import { extractDocx } from './docx';
import { extractHtml } from './html';
import { extractPdf } from './pdf';
import { extractTxt } from './txt';
import type { Extracted } from './types';

export { ExtractError, EXTRACT_ERROR_STATUS, isExtractError, type ExtractErrorKind } from './errors';
export type { Extracted } from './types';

/** Reads an uploaded file: its format by magic bytes (and name), then that format's extractor. */
export async function extractFile(data: Uint8Array, filename?: string): Promise<Extracted> {
  const format = await detectFormat(data, filename);
  if (format === 'pdf') return extractPdf(data);
  if (format === 'docx') return extractDocx(data);
  if (format === 'html') return extractHtml(data);
  return extractTxt(data);
}
