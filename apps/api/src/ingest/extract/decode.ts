/**
 * Bytes → text for TXT and HTML files. A BOM decides; else HTML's <meta charset>; else UTF-8 when the
 * bytes are valid UTF-8; else GB18030 (a superset of GBK and GB2312, which many government sites and
 * Windows-saved Chinese text files still use).
 */
const LABELS: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  big5: 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
};

export function decodeText(data: Uint8Array, declared?: string): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const label = declared && LABELS[declared.toLowerCase()];
  if (label && label !== 'utf-8') return new TextDecoder(label).decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** The charset an HTML page declares in its first 2 KB. */
export function declaredCharset(data: Uint8Array): string | undefined {
  const head = Buffer.from(data.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

/** Text files have no NUL bytes and few control characters. */
export function looksLikeText(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= n * 0.01;
}
