/**
 * Paragraphs from the positioned text runs pdf.js gives per page. pdf.js emits runs per line (often per
 * font change), with no paragraph structure, so the lines are rebuilt from positions and then joined:
 *
 * - runs on one baseline (within half a font size) form a line, ordered left to right; a gap wider than
 *   a quarter em between two runs is a space (a wide gap between CJK runs too: "某省人民政府  2022年…");
 * - page numbers ("— 3 —", "- 3 -", "第 3 页", "Page 3 of 9") at the top or bottom of a page are dropped;
 * - a line continues the paragraph above it when it has the same font size, follows within 1.8 line
 *   heights (any distance across a page break), is not indented, and the line above ran to within two
 *   characters of the right margin; two centred lines of one size larger than the body's in a row are
 *   one (a title set on two lines);
 * - inside a paragraph, lines are joined with nothing between CJK characters and a space between words.
 */
import { joinLines } from '@dualcarbon/domain';

export interface PdfRun {
  str: string;
  /** Left of the run's baseline, in page units. */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's scale). */
  size: number;
}

export interface PdfPage {
  width: number;
  runs: PdfRun[];
}

interface Line {
  page: number;
  x: number;
  end: number;
  y: number;
  size: number;
  text: string;
  pageWidth: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const PAGE_NUMBER =
  /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*\/\s*\d{1,4})$/i;

function linesOf(page: PdfPage, index: number): Line[] {
  const runs = page.runs.filter((r) => r.str.length > 0 && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfRun[][] = [];
  for (const r of runs) {
    const row = rows.find((l) => Math.abs(l[0].y - r.y) < Math.max(l[0].size, r.size) * 0.5);
    if (row) row.push(r);
    else rows.push([r]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = row[0].x;
    for (const r of row) {
      const gap = r.x - end;
      const prev = text[text.length - 1];
      const next = r.str[0];
      if (text && gap > r.size * 0.25 && prev !== ' ' && next !== ' ') text += !CJK.test(prev) || !CJK.test(next) || gap > r.size * 0.9 ? ' ' : '';
      text += r.str;
      end = Math.max(end, r.x + r.width);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const sizes = row.map((r) => r.size).sort((a, b) => a - b);
    lines.push({ page: index, x: row[0].x, end, y: row[0].y, size: sizes[Math.floor(sizes.length / 2)], text, pageWidth: page.width });
  }
  lines.sort((a, b) => b.y - a.y);
  // Page numbers and running heads sit at the very top or bottom.
  return lines.filter((l, i) => !((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(l.text)));
}

/** The most common value, rounded to a step. */
function mode(values: number[], step: number): number {
  const counts = new Map<number, number>();
  for (const v of values) {
    const k = Math.round(v / step) * step;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

export function pdfParagraphs(pages: readonly PdfPage[]): string[] {
  const lines = pages.flatMap((p, i) => linesOf(p, i));
  if (!lines.length) return [];
  const bodySize = mode(
    lines.flatMap((l) => Array(Math.min(l.text.length, 200)).fill(l.size)),
    0.5,
  );
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < bodySize * 0.1);
  // Margins from the body text: most lines start at the left margin or one indent right of it (a
  // document of one-line paragraphs has more indented lines than not), and full lines end near the
  // right margin, some a character beyond it (punctuation kept off the next line's start).
  const starts = body.map((l) => l.x).sort((a, b) => a - b);
  const left = starts[Math.floor(starts.length * 0.05)] ?? 0;
  const ends = body.map((l) => l.end).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.8)] ?? 0;
  // Centred: symmetric about the page's middle, and short of both margins (a title line larger than the
  // body may nearly fill the measure; a body line that does is a full line, not a centred one).
  const centred = (l: Line) =>
    Math.abs((l.x + l.end) / 2 - l.pageWidth / 2) < 1.5 * l.size &&
    (l.size > bodySize * 1.1 ? l.x > left + 0.5 * l.size : l.x > left + 2 * l.size && l.end < right - 2 * l.size);

  const paragraphs: string[][] = [];
  let prev: Line | undefined;
  for (const l of lines) {
    let joins = false;
    if (prev && Math.abs(prev.size - l.size) < l.size * 0.1) {
      const close = prev.page !== l.page || prev.y - l.y <= 1.8 * l.size;
      const full = prev.end >= right - 2 * l.size;
      const indented = l.x > left + 0.8 * l.size;
      joins = close && ((full && !indented && !centred(prev)) || (centred(prev) && centred(l) && prev.size > bodySize * 1.1));
    }
    if (joins) paragraphs[paragraphs.length - 1].push(l.text);
    else paragraphs.push([l.text]);
    prev = l;
  }
  return paragraphs.map((p) => joinLines(p));
}
