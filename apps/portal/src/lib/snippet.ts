/**
 * Search snippets arrive as HTML where matches are wrapped in <mark> and everything else is escaped by
 * the server. The portal still trusts nothing: the string is split into text and <mark> runs, any other
 * tag is dropped, entities are decoded, and the parts are rendered as text (never with v-html).
 */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    // No control characters, surrogates or out-of-range code points.
    if (!Number.isFinite(cp) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || (cp < 0x20 && cp !== 0x09 && cp !== 0x0a)) return '';
    return String.fromCodePoint(cp);
  });
}

/** Splits a snippet into plain and highlighted runs. Only exact `<mark>` and `</mark>` tags count. */
export function parseSnippet(html: string | null | undefined): SnippetPart[] {
  if (!html) return [];
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const token of html.split(/(<mark>|<\/mark>)/i)) {
    if (/^<mark>$/i.test(token)) {
      marked = true;
      continue;
    }
    if (/^<\/mark>$/i.test(token)) {
      marked = false;
      continue;
    }
    // Drop any other markup (and an unterminated "<tag" at the end), then decode what is left.
    const text = decodeEntities(token.replace(/<[^>]*>?/g, ''));
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}
