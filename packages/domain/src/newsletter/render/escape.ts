/** Escaping for the renderers. Every piece of text that reaches HTML, XML or Markdown goes through one of these. */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Control characters HTML and XML 1.0 do not allow (tab, newline and carriage return are kept). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** Text for HTML element content and (double- or single-quoted) attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(CONTROL, '')
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/** Text for XML content and attributes; also drops lone surrogates, which XML cannot carry. */
export function escapeXml(text: unknown): string {
  return escapeHtml(String(text ?? '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')).replace(/&#39;/g, '&apos;');
}

/**
 * Text for Markdown. `& < >` become entities (a Markdown renderer passes raw HTML through; quotes are left
 * alone, as outside attributes they are inert and the .md stays readable), and Markdown syntax is
 * backslash-escaped: \ ` * _ ~ [ ] anywhere, # - + and "1." at the start of a line. Text never becomes markup.
 */
export function escapeMarkdown(text: unknown): string {
  return String(text ?? '')
    .replace(CONTROL, '')
    .replace(/[\\`*_~[\]]/g, '\\$&')
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/**
 * A URL for an href: http(s) or mailto only (no javascript:, data:…), HTML-escaped. Throws on anything
 * else, since a bad link is a configuration error the caller must see.
 */
export function safeHref(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`Not a URL: ${JSON.stringify(url)}`);
  }
  if (!['http:', 'https:', 'mailto:'].includes(u.protocol)) throw new Error(`Links must be http(s) or mailto, not ${u.protocol}`);
  return escapeHtml(url);
}
