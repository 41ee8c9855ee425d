import type { ObservationRow } from '@/api/targets';
import type { NumericTargetRow } from './targetStats';

export interface PathComparison {
  code: string;
  /** Official values over the years, on the same basis as the path. */
  observed: [number, number][];
  /** Straight line from the starting point to the target. */
  path: [number, number][];
}

const byYear = (a: [number, number], b: [number, number]) => a[0] - b[0];

/**
 * A place's official observations against the straight path to its target.
 * - A reduction target ("−18% vs 2020 by 2025") with observations of reductions against the same base
 *   year: from 0 in the base year to the target reduction.
 * - A reduction target with a level observed in the base year: from that level to level × (1 − target).
 * - Any other target: from the last observation before the target year to the target value.
 * Null when the observations cannot be set against the target.
 */
export function pathFor(target: NumericTargetRow, observations: readonly ObservationRow[]): PathComparison | null {
  // A total over several years is not a level a yearly statistic moves towards.
  if (target.cumulativeFrom !== undefined) return null;
  const own = observations.filter((o) => o.jurisdiction.code === target.jurisdiction.code);
  if (!own.length) return null;
  const code = target.jurisdiction.code;
  if (target.comparison === 'reduction') {
    if (target.baseYear === undefined) return null;
    const reductions = own.filter((o) => o.comparison === 'reduction' && o.baseYear === target.baseYear);
    if (reductions.length) {
      return {
        code,
        observed: reductions.map((o): [number, number] => [o.year, o.value]).sort(byYear),
        path: [
          [target.baseYear, 0],
          [target.targetYear, target.value],
        ],
      };
    }
    const levels = own.filter((o) => o.comparison === 'level');
    const base = levels.find((o) => o.year === target.baseYear);
    if (!base || target.unit !== '%') return null;
    return {
      code,
      observed: levels.map((o): [number, number] => [o.year, o.value]).sort(byYear),
      path: [
        [base.year, base.value],
        [target.targetYear, +(base.value * (1 - target.value / 100)).toFixed(4)],
      ],
    };
  }
  const same = own.filter((o) => o.comparison === target.comparison).sort((a, b) => a.year - b.year);
  const start = [...same].reverse().find((o) => o.year <= target.targetYear);
  if (!start) return null;
  return {
    code,
    observed: same.map((o): [number, number] => [o.year, o.value]),
    path: [
      [start.year, start.value],
      [target.targetYear, target.value],
    ],
  };
}
