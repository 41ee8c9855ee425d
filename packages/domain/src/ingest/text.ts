/** Paragraphs, spans and language of an extracted document text (paragraphs separated by a blank line). */
import { foldText } from '../targets/text';
import type { TextSpan } from './suggestion';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** The separator every extractor puts between paragraphs. */
export const PARAGRAPH_BREAK = '\n\n';

/**
 * Normalises extracted text: line endings to \n, no-break and ideographic spaces to plain ones, runs of
 * spaces and tabs to one, each paragraph trimmed and on one line, paragraphs separated by PARAGRAPH_BREAK.
 * `paragraphs` are the paragraphs as the extractor found them (a line break inside one is a space,
 * or nothing between two CJK characters).
 */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => joinLines(p.replace(/\r\n?/g, '\n').split('\n')))
    .filter((p) => p.length > 0)
    .join(PARAGRAPH_BREAK);
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f《》“”‘’（）：；，。、！？]/;

/**
 * Joins the lines of one paragraph: nothing between CJK characters (a line break inside a Chinese
 * sentence is not a space), one space between words, nothing after a hyphen. Spaces inside a line stay
 * (one of a run): "中共中央 国务院" is written so.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/[\u00a0\u2002-\u200b\u3000\t ]+/g, ' ').trim();
    if (!line) continue;
    if (!out) out = line;
    else if (CJK.test(out[out.length - 1]) || CJK.test(line[0]) || out.endsWith('-')) out += line;
    else out += ' ' + line;
  }
  return out;
}

/** Paragraphs of a normalised text, with their offsets. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m; (m = re.exec(text));) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

export const spanOf = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });

/** The first occurrence of `needle` (case- and width-insensitive) at or after `from`, as a span. */
export function findSpan(text: string, needle: string, from = 0, folded = foldText(text)): TextSpan | null {
  const n = foldText(needle.trim());
  if (!n) return null;
  const at = folded.indexOf(n, from);
  return at < 0 ? null : spanOf(text, at, at + n.length);
}

/** Chinese when there are at least as many CJK characters as English words (~5 letters each). */
export function detectLanguage(text: string): 'zh' | 'en' {
  const sample = text.slice(0, 20_000);
  const cjk = sample.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return cjk > 0 && cjk * 5 >= latin ? 'zh' : 'en';
}
