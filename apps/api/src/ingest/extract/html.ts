import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText, declaredCharset } from './decode';
import { ExtractError } from './errors';
import { blockParagraphs } from './html-blocks';
import type { Extracted } from './types';

/** Labels of the metadata table government sites print above a document (信息公开 pages). */
const META_LABEL =
  /^\s*(索引号|主题分类|发文机关|发布机构|发文单位|成文日期|发布日期|发文日期|发文字号|文号|标\s*题|名\s*称|Index No\.?|Document No\.?|Issued by|Date of issue|Date of publication|Title)\s*[:：]?\s*$/i;
const META_INLINE = /^\s*(发文机关|发布机构|成文日期|发布日期|发文字号|文号|Document No\.?|Issued by|Date of issue)\s*[:：]\s*(\S.{0,120})$/i;

/** Label–value pairs from table cells or "label：value" leaves, as "label：value" lines. */
type Html = ReturnType<typeof parseHTML>['document'];

function metadataLines(document: Html): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (label: string, value: string) => {
    const v = value.replace(/\s+/g, ' ').trim();
    const key = label.replace(/\s/g, '');
    if (v && !seen.has(key)) {
      seen.add(key);
      out.push(`${key}：${v}`);
    }
  };
  for (const cell of Array.from(document.querySelectorAll('td, th, dt, span, label, b, strong')) as Array<{
    textContent: string | null;
    nextElementSibling: { textContent: string | null } | null;
    children: ArrayLike<unknown>;
  }>) {
    const text = cell.textContent ?? '';
    const label = META_LABEL.exec(text);
    if (label) {
      const next = cell.nextElementSibling;
      if (next) add(label[1], next.textContent ?? '');
      continue;
    }
    const inline = META_INLINE.exec(text);
    if (inline && cell.children.length === 0) add(inline[1], inline[2]);
  }
  return out;
}

/**
 * A page saved from a government site: decoded by its charset, the article found by Readability (menus,
 * footers and share buttons dropped), paragraphs by block element; the labelled metadata table above the
 * article (发文字号, 成文日期 …) is kept as lines in front, since Readability drops it with the page chrome.
 */
export function extractHtml(data: Uint8Array): Extracted {
  const html = decodeText(data, declaredCharset(data));
  if (!/<[a-z!]/i.test(html)) throw new ExtractError('corrupt_file', 'The HTML file has no markup');
  const { document } = parseHTML(html);
  const meta = metadataLines(document);
  const h1 = document.querySelector('h1')?.textContent?.trim();
  const pageTitle = document.querySelector('title')?.textContent?.trim();
  let article: { title?: string | null; content?: string | null } | null;
  try {
    article = new Readability(parseHTML(html).document as never, { charThreshold: 100, keepClasses: false }).parse();
  } catch {
    article = null;
  }
  const root = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body : document.body;
  const paragraphs = root ? blockParagraphs(root as never).map((lines) => lines.join('\n')) : [];
  // Readability keeps the article's own heading only sometimes: put the page's <h1> back in front.
  const body = paragraphs.join('\n');
  const lead = [...meta.filter((m) => !body.includes(m.slice(m.indexOf('：') + 1))), ...(h1 && !body.includes(h1) ? [h1] : [])];
  if (!(lead.join('') + body).trim()) throw new ExtractError('no_text', 'The HTML page has no text');
  return { format: 'html', paragraphs: [...lead, ...paragraphs], titleHint: h1 || article?.title?.trim() || pageTitle || undefined };
}
