import type { TargetRow } from '@/api/targets';

/** One row per place (the first target it sets for the metric and year), largest value first. */
export function onePerPlace(rows: readonly TargetRow[]): TargetRow[] {
  const seen = new Set<string>();
  return rows
    .filter((r) => (seen.has(r.jurisdiction.code) ? false : (seen.add(r.jurisdiction.code), true)))
    .sort((a, b) => b.value - a.value || a.jurisdiction.code.localeCompare(b.jurisdiction.code));
}

export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

/** Where a value ranks among others, 1 = largest. */
export function rankOf(value: number, values: readonly number[]): number {
  return values.filter((v) => v > value).length + 1;
}
