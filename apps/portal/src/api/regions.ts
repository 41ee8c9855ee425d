import { ApiError, getJson } from './http';
import { countRows, isObject, listOf, num, pick, type CountRow } from './normalize';
import { readRegionNode, type RegionNode } from './regionTree';
import { readTargetRow, type TargetRow } from './targets';
import type { EntrySummary } from './types';

export { fetchRegionTree, flattenRegions, readRegionNode, type RegionKind, type RegionNode } from './regionTree';

/** `GET /api/regions/:code`: a national or provincial page's data. */
export interface RegionDetail {
  region: RegionNode;
  /** From China down to the parent. */
  ancestors: RegionNode[];
  /** Entries the page covers: for CN its national entries only, else the place with its subregions. */
  total: number;
  includesSubregions: boolean;
  bySector: CountRow[];
  byYear: CountRow[];
  latest: EntrySummary[];
  targets: TargetRow[];
  /** Provinces (for CN), or cities and zones, with their counts and, when sent, some of their entries. */
  children: (RegionNode & { entries: EntrySummary[] })[];
}

export function regionPath(code: string): string {
  return `/regions/${encodeURIComponent(code)}`;
}

export async function fetchRegion(path: string): Promise<RegionDetail> {
  const raw = await getJson<unknown>(path);
  if (!isObject(raw)) throw new ApiError('bad_response', 'Region answer is not an object');
  const regionRaw = isObject(raw.region) ? raw.region : raw;
  const region = readRegionNode({ ...regionRaw, children: [] });
  if (!region) throw new ApiError('bad_response', 'Region answer without a region code');
  const counts = pick(raw, ['counts', 'stats']) ?? raw;
  const bySector = countRows(pick(counts, ['bySector', 'sectors']), ['code', 'sector', 'value', 'key']);
  const byYear = countRows(pick(counts, ['byYear', 'years']), ['year', 'value', 'key']).sort((a, b) => a.key.localeCompare(b.key));
  const total =
    num(pick(raw, ['total', 'count', 'entryCount'])) ?? num(pick(counts, ['total'])) ?? num(pick(regionRaw, ['count'])) ?? byYear.reduce((s, r) => s + r.count, 0);
  const ancestors = listOf(pick(raw, ['ancestors']) ?? pick(regionRaw, ['ancestors']), [])
    .map((a) => readRegionNode(a))
    .filter((a): a is RegionNode => a !== null);
  const latestRaw = pick(raw, ['latest', 'latestEntries', 'entries']);
  // Zones may come nested under their city: list them after it.
  const childrenRaw = [...listOf(pick(raw, ['children', 'cities', 'subregions', 'provinces']), []), ...listOf(pick(raw, ['zones']), [])].flatMap((c) =>
    region.kind === 'country' ? [c] : [c, ...listOf(pick(c, ['children']), [])],
  );
  return {
    region: { ...region, count: region.count || total },
    ancestors,
    total,
    includesSubregions: typeof raw.includesSubregions === 'boolean' ? raw.includesSubregions : region.kind !== 'country',
    bySector,
    byYear,
    latest: listOf(latestRaw, ['items']) as EntrySummary[],
    targets: listOf(pick(raw, ['targets']), ['items', 'rows']).map((t) => readTargetRow(t)).filter((t): t is TargetRow => t !== null),
    children: childrenRaw.flatMap((c) => {
      const node = readRegionNode({ ...(c as object), children: [] }, region.code);
      return node ? [{ ...node, entries: listOf(pick(c, ['entries', 'latest']), ['items']) as EntrySummary[] }] : [];
    }),
  };
}
