import type { TargetRow } from '@/api/targets';

/** A target with a number to chart and rank (not a peak year, neutrality or "as assigned"). */
export type NumericTargetRow = TargetRow & { value: number };
export const hasValue = (r: TargetRow): r is NumericTargetRow => typeof r.value === 'number';

/** One row per place (the first target with a number it sets for the metric and year), largest value first. */
export function onePerPlace(rows: readonly TargetRow[]): NumericTargetRow[] {
  const seen = new Set<string>();
  return rows
    .filter(hasValue)
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
