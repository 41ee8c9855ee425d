import { dirname, join } from 'node:path';
import { ExtractError } from './errors';
import { pdfParagraphs, type PdfPage, type PdfRun } from './pdf-layout';
import type { Extracted } from './types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// The legacy build is the one pdf.js supports on Node; loaded once, on first use.
const load = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
const pdfjsRoot = () => dirname(require.resolve('pdfjs-dist/package.json'));

/** Fewer visible characters than this per page is a scan (or a form with nothing typed in). */
const MIN_CHARS_PER_PAGE = 10;

/**
 * Text of a PDF, page by page, rebuilt into paragraphs (see pdf-layout.ts). Chinese PDFs that use the
 * standard Adobe CJK encodings without embedded fonts need the CMaps pdf.js ships (cMapUrl).
 */
export async function extractPdf(data: Uint8Array): Promise<Extracted> {
  const { getDocument, PasswordResponses } = await load();
  const root = pdfjsRoot();
  const task = getDocument({
    data,
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  task.onPassword = (_update: unknown, reason: number) => {
    void task.destroy();
    throw new ExtractError(
      'encrypted',
      reason === PasswordResponses.INCORRECT_PASSWORD
        ? 'The PDF is password-protected'
        : 'The PDF is password-protected: remove the password and upload it again',
    );
  };
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as { name?: string })?.name;
    if (err instanceof ExtractError) throw err;
    if (name === 'PasswordException') throw new ExtractError('encrypted', 'The PDF is password-protected: remove the password and upload it again');
    throw new ExtractError('corrupt_file', `The PDF cannot be read (${(err as Error)?.message ?? 'invalid structure'})`);
  }
  try {
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { items } = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      const runs: PdfRun[] = [];
      for (const it of items) {
        if (!('str' in it) || !it.str) continue;
        const [a, b, , , x, y] = it.transform as number[];
        runs.push({ str: it.str, x, y, width: it.width, size: Math.hypot(a, b) || it.height });
        chars += it.str.replace(/\s/g, '').length;
      }
      pages.push({ width: page.view[2] - page.view[0], runs });
      page.cleanup();
    }
    if (chars < Math.max(20, MIN_CHARS_PER_PAGE * doc.numPages)) {
      throw new ExtractError(
        'no_text',
        `The PDF has no text layer (${chars} characters on ${doc.numPages} page${doc.numPages === 1 ? '' : 's'}): it is probably scanned. Run OCR on it, or paste its text`,
      );
    }
    const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    return { format: 'pdf', pages: doc.numPages, paragraphs: pdfParagraphs(pages), titleHint: typeof info?.Title === 'string' ? info.Title : undefined };
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw new ExtractError('corrupt_file', `The PDF cannot be read (${(err as Error)?.message ?? 'damaged page'})`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
