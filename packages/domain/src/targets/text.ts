/**
 * Normalises text for matching while keeping every character at its index, so positions found in the
 * normalised copy slice the original: full-width forms and sub/superscripts fold (％→%, CO₂→co2, m²→m2),
 * letters are lower-cased.
 */
export function foldText(s: string): string {
  let out = '';
  for (const c of s) {
    let n = c.normalize('NFKC');
    if (n.length !== 1) n = c;
    const l = n.toLowerCase();
    out += l.length === 1 ? l : n;
  }
  // Astral characters count 2 in UTF-16 but `for..of` yields them whole; keep lengths equal.
  return out.length === s.length ? out : s.toLowerCase().length === s.length ? s.toLowerCase() : s;
}

export const hasCjk = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

/** Sentences of a text as [start, end) ranges: split at . ! ? followed by a space, 。！？; ；, and line breaks. */
export function sentenceRanges(folded: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[.!?](?=\s+|$)|[。！？;；\n]/g;
  let start = 0;
  for (let m; (m = re.exec(folded));) {
    const end = m.index + 1;
    if (folded.slice(start, end).trim()) out.push([start, end]);
    start = end;
  }
  if (folded.slice(start).trim()) out.push([start, folded.length]);
  return out;
}

/** Clauses: sentences further split at commas (，,) and enumeration-free colons; "到2025年，X达到…" has two. */
export function clauseRanges(folded: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[.!?](?=\s+|$)|[。！？;；\n，,:：]/g;
  let start = 0;
  for (let m; (m = re.exec(folded));) {
    // "12,000" is a number, not a clause break.
    if (m[0] === ',' && /\d/.test(folded[m.index - 1] ?? '') && /\d/.test(folded[m.index + 1] ?? '')) continue;
    const end = m.index + 1;
    if (folded.slice(start, end).trim()) out.push([start, end]);
    start = end;
  }
  if (folded.slice(start).trim()) out.push([start, folded.length]);
  return out;
}

export function sentenceAt(ranges: Array<[number, number]>, pos: number): [number, number] {
  return ranges.find(([s, e]) => pos >= s && pos < e) ?? [0, Infinity];
}

/** Trims the original text of a range and drops a leading list marker. */
export function cleanSlice(original: string, [s, e]: [number, number]): string {
  return original
    .slice(s, Math.min(e, original.length))
    .trim()
    .replace(/^[-•*]\s+/, '');
}
