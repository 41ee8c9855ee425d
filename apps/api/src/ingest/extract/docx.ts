import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { ExtractError } from './errors';
import { blockParagraphs } from './html-blocks';
import type { Extracted } from './types';

/** Word's Title style is the document's name; mammoth leaves it a plain paragraph unless told. */
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='标题'] => h1.title:fresh"];

/** Text of a DOCX through mammoth's HTML (paragraphs, headings, lists and tables keep their breaks). */
export async function extractDocx(data: Uint8Array): Promise<Extracted> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    ));
  } catch (err) {
    throw new ExtractError('corrupt_file', `The DOCX cannot be read (${(err as Error)?.message?.split('\n')[0] ?? 'damaged'})`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs = blockParagraphs(document.body as never).map((lines) => lines.join('\n'));
  const titleHint = document.querySelector('h1.title')?.textContent ?? document.querySelector('h1')?.textContent ?? undefined;
  if (!paragraphs.join('').trim()) throw new ExtractError('no_text', 'The DOCX has no text');
  return { format: 'docx', paragraphs, titleHint: titleHint?.trim() || undefined };
}
