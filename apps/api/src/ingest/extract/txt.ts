import { decodeText } from './decode';
import { ExtractError } from './errors';
import type { Extracted } from './types';

/**
 * A plain-text file: paragraphs are separated by blank lines when the file has any (a line ending in
 * 。！？：； ends one too); otherwise every line is a paragraph (Chinese text files put one on a line).
 */
export function extractTxt(data: Uint8Array): Extracted {
  return { format: 'txt', paragraphs: textParagraphs(decodeText(data)) };
}

export function textParagraphs(text: string): string[] {
  const t = text.replace(/\r\n?/g, '\n');
  if (!t.trim()) throw new ExtractError('no_text', 'The text is empty');
  if (!/\n[ \t\u3000]*\n/.test(t)) return t.split('\n');
  // Inside a block, a line that ends a Chinese sentence ends its paragraph too.
  return t.split(/\n[ \t\u3000]*\n/).flatMap((block) => block.split(/(?<=[。！？：；])[ \t\u3000]*\n/));
}
