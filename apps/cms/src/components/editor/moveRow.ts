/** Swaps row `i` of an ordered list with the one above (-1) or below (1); the row's new place, or undefined at an end. */
export function moveRow<T>(list: T[], i: number, d: -1 | 1): number | undefined {
  const j = i + d;
  if (j < 0 || j >= list.length) return undefined;
  [list[i], list[j]] = [list[j], list[i]];
  return j;
}
