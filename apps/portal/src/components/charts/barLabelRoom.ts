/** Approximate width of a 12 px chart label: CJK characters are about a square, others about 0.6 of one. */
export function labelWidth(text: string, fontPx = 12): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? fontPx : fontPx * 0.6;
  return Math.ceil(w);
}

/**
 * Room to leave right of horizontal bars for their value labels, so the longest one is never cut
 * ("a reduction of more than 68%" was cut to "more than −7…"): its width plus the label's gap, at least
 * the old 76 px, at most a third of a narrow chart.
 */
export function barLabelRoom(labels: readonly string[], fontPx = 12): number {
  const widest = Math.max(0, ...labels.map((l) => labelWidth(l, fontPx)));
  return Math.min(260, Math.max(76, widest + 16));
}
