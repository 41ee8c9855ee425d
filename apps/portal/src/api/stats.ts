import { getJson } from './http';
import { countRows, isObject, num, type CountRow } from './normalize';
import { ApiError } from './http';

/** `GET /api/stats?<filters>`: entry counts for the filters, by year, sector, level and province. */
export interface Stats {
  byYear: CountRow[];
  bySector: CountRow[];
  byLevel: CountRow[];
  byProvince: CountRow[];
  /** Entries matching the filters, when the API says. */
  total?: number;
}

export function statsPath(filters?: URLSearchParams): string {
  const qs = filters?.toString();
  return `/stats${qs ? `?${qs}` : ''}`;
}

export async function fetchStats(path: string): Promise<Stats> {
  const raw = await getJson<unknown>(path);
  if (!isObject(raw)) throw new ApiError('bad_response', 'Statistics answer is not an object');
  const byYear = countRows(raw.byYear, ['year', 'value', 'key']).sort((a, b) => a.key.localeCompare(b.key));
  // Undated entries are counted apart (`undated`) by the API; keep them as one row so charts can say so.
  const undated = num(raw.undated);
  if (undated && !byYear.some((r) => r.key === 'undated')) byYear.push({ key: 'undated', count: undated });
  return {
    byYear,
    bySector: countRows(raw.bySector, ['code', 'sector', 'value', 'key']),
    byLevel: countRows(raw.byLevel, ['code', 'level', 'value', 'key']),
    byProvince: countRows(raw.byProvince, ['code', 'region', 'value', 'key']),
    total: num(raw.total),
  };
}
