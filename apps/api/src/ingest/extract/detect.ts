import { fileTypeFromBuffer } from 'file-type';
import { looksLikeText } from './decode';
import { ExtractError } from './errors';

export type FileFormat = 'pdf' | 'docx' | 'html' | 'txt';

const EXTENSIONS: Record<string, FileFormat> = { pdf: 'pdf', docx: 'docx', html: 'html', htm: 'html', shtml: 'html', xhtml: 'html', txt: 'txt', text: 'txt' };
/** Types people try that this cannot read, with what to do instead. */
const ADVICE: Record<string, string> = {
  cfb: 'a Word 97–2003 (.doc) or other legacy Office file: save it as DOCX or PDF',
  doc: 'a Word 97–2003 (.doc) file: save it as DOCX or PDF',
  xlsx: 'a spreadsheet (.xlsx)',
  pptx: 'a presentation (.pptx): save it as PDF',
  zip: 'a ZIP archive: upload the document inside it',
  rtf: 'an RTF file: save it as DOCX',
  odt: 'an OpenDocument text: save it as DOCX or PDF',
};

const extensionOf = (name?: string) => /\.([a-z0-9]{1,6})$/i.exec(name ?? '')?.[1]?.toLowerCase();

/**
 * The format, by magic bytes first: %PDF, a ZIP that is a Word document, or text (HTML when it has
 * markup or the name says so). The extension only breaks ties for text and names the claim when the
 * bytes do not hold it: a ".pdf" that is not a PDF is a broken file (400); anything else unknown is an
 * unsupported type (415).
 */
export async function detectFormat(data: Uint8Array, filename?: string): Promise<FileFormat> {
  const ext = extensionOf(filename);
  const claimed = ext ? EXTENSIONS[ext] : undefined;
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  const type = await fileTypeFromBuffer(data).catch(() => undefined);
  // A DOCX is a ZIP; file-type names it by its entries, and a plain "zip" named .docx gets mammoth's verdict.
  if (type?.ext === 'docx' || (type?.ext === 'zip' && claimed === 'docx')) return 'docx';
  if (type?.ext === 'pdf') return 'pdf';
  if (type && type.ext !== 'xml') {
    if (claimed === 'pdf' || claimed === 'docx')
      throw new ExtractError('corrupt_file', `The file is named .${ext} but holds ${type.mime}: it may be damaged or mislabelled`);
    throw new ExtractError(
      'unsupported_type',
      `Unsupported file type: ${ADVICE[type.ext] ?? `${type.mime} (.${type.ext})`}. Upload a PDF, DOCX, HTML or TXT file`,
    );
  }
  if (claimed === 'pdf' || claimed === 'docx')
    throw new ExtractError('corrupt_file', `The file is named .${ext} but is not a readable ${claimed.toUpperCase()}: it may be damaged or cut short`);
  if (!looksLikeText(data)) throw new ExtractError('unsupported_type', `Unsupported file type${ext ? ` (.${ext})` : ''}. Upload a PDF, DOCX, HTML or TXT file`);
  if (claimed === 'html') return 'html';
  if (claimed === 'txt') return 'txt';
  if (ext && !claimed) throw new ExtractError('unsupported_type', `Unsupported file type (.${ext}). Upload a PDF, DOCX, HTML or TXT file`);
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head.replace(/^\ufeff|^\xef\xbb\xbf/, ''))
    ? 'html'
    : 'txt';
}
