/** Word wrapping for plain-text e-mail, aware of CJK: wide characters count two columns and may break anywhere. */

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
/** Characters that must not start a line (closing punctuation) or end one (opening punctuation). */
const NO_START = /^[，。、；：？！）」』》〉】〕”’,.;:?!)\]}%]$/;
const NO_END = /^[（「『《〈【〔“‘([{]$/;

/** Columns a string takes in a monospace terminal: wide (CJK) characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

interface Unit {
  text: string;
  space: boolean;
}

function units(paragraph: string): Unit[] {
  const out: Unit[] = [];
  let space = false;
  let glueNext = false;
  // Whitespace other than no-break space separates words; U+2060 WORD JOINER glues its neighbours and is dropped.
  for (const tok of paragraph.match(/[^\S\u00A0]+|[\s\S]/gu) ?? []) {
    if (tok === '\u2060') {
      glueNext = true;
      continue;
    }
    if (/^[^\S\u00A0]+$/.test(tok)) {
      space = true;
      continue;
    }
    const prev = out[out.length - 1];
    const wide = WIDE.test(tok);
    // Glue: narrow characters into words, closing punctuation onto what precedes it, opening punctuation onto what follows.
    const glue = prev && !space && (glueNext || NO_START.test(tok) || (!wide && !WIDE.test(prev.text.slice(-1))));
    if (glue) prev.text += tok;
    else out.push({ text: tok, space: space && out.length > 0 });
    glueNext = NO_END.test(tok) || tok === '\u00A0';
    space = false;
  }
  return out;
}

/**
 * Wraps text to `width` columns. Each line starts with `indent` (the first) or `hanging` (the rest);
 * newlines in the text start new lines. A single word longer than the width (a URL) gets a line of its own.
 * No-break spaces (U+00A0) and word joiners (U+2060) keep their neighbours on one line.
 */
export function wrapText(text: string, width = 78, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = lines.length ? hanging : indent;
    let prefix = line;
    let w = displayWidth(line);
    let empty = true;
    for (const u of units(paragraph)) {
      const add = (u.space && !empty ? ' ' : '') + u.text;
      const aw = displayWidth(add);
      if (!empty && w + aw > width) {
        lines.push(line.trimEnd());
        line = prefix = hanging;
        line += u.text;
        w = displayWidth(line);
      } else {
        line += add;
        w += aw;
      }
      empty = false;
    }
    lines.push(empty ? prefix.trimEnd() : line.trimEnd());
  }
  return lines;
}
