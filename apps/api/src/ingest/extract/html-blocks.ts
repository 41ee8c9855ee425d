/**
 * Paragraphs of an HTML fragment: each block element (p, h1–h6, li, td, div without block children …)
 * is one paragraph, <br> a line break inside it. Used for HTML pages (after Readability) and for the
 * HTML mammoth makes of a DOCX.
 */
const BLOCK = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TD',
  'TH',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'CAPTION',
  'FIGCAPTION',
  'TR',
  'TABLE',
  'UL',
  'OL',
  'HEADER',
  'FOOTER',
  'MAIN',
  'CENTER',
  'ADDRESS',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Lines of each block, in document order. */
export function blockParagraphs(root: NodeLike): string[][] {
  const out: string[][] = [];
  let lines: string[] = [''];
  const flush = () => {
    if (lines.some((l) => l.trim())) out.push(lines);
    lines = [''];
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      lines[lines.length - 1] += (node.textContent ?? '').replace(/[\r\n\t]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    if (node.nodeName === 'BR') {
      lines.push('');
      return;
    }
    const block = BLOCK.has(node.nodeName);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}
