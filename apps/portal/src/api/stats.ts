import type { Stats as StatsAnswer } from '@dualcarbon/domain';
import { getJson } from './http';
import type { CountRow } from './types';

/** `GET /api/stats?<filters>` as the charts draw it: rows of counts, undated entries as a row of their own. */
export interface Stats {
  byYear: CountRow[];
  bySector: CountRow[];
  byLevel: CountRow[];
  byProvince: CountRow[];
  /** Entries matching the filters. */
  total: number;
}

export function statsPath(filters?: URLSearchParams): string {
  const qs = filters?.toString();
  return `/stats${qs ? `?${qs}` : ''}`;
}

const byCode = (rows: StatsAnswer['bySector']): CountRow[] => rows.map((r) => ({ key: r.code, count: r.count }));

/** The answer as chart rows; undated entries (counted apart by the API) become the row `undated`. */
export function statsView(s: StatsAnswer): Stats {
  const byYear = s.byYear.map((r) => ({ key: String(r.year), count: r.count }));
  if (s.undated) byYear.push({ key: 'undated', count: s.undated });
  return { byYear, bySector: byCode(s.bySector), byLevel: byCode(s.byLevel), byProvince: byCode(s.byProvince), total: s.total };
}

export async function fetchStats(path: string): Promise<Stats> {
  return statsView(await getJson<StatsAnswer>(path));
}
