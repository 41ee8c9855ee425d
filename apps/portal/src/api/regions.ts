import { ApiError, getJson } from './http';
import { countRows, isObject, listOf, num, pick, regionNameOf, str, type CountRow } from './normalize';
import { readTargetRow, type TargetRow } from './targets';
import type { EntrySummary, RegionName, RegionView } from './types';

export type RegionKind = RegionView['kind'];

/** A place with how many published entries apply to it (and, for a node of the tree, its children). */
export interface RegionNode {
  code: string;
  kind: RegionKind;
  parent: string | null;
  /** Names as the API sent them; pages fall back to the domain's region list. */
  name?: RegionName;
  count: number;
  /** Published entries whose jurisdiction is the place itself (for CN: the national entries). */
  ownCount: number;
  children: RegionNode[];
}

const KINDS: readonly RegionKind[] = ['country', 'province', 'city', 'zone'];

function kindOf(code: string, raw: unknown): RegionKind {
  const k = str(pick(raw, ['kind', 'type']));
  if (k && (KINDS as readonly string[]).includes(k)) return k as RegionKind;
  if (code === 'CN') return 'country';
  if (/^\d{2}0000$/.test(code)) return 'province';
  return code.includes('-') ? 'zone' : 'city';
}

export function readRegionNode(raw: unknown, parent: string | null = null): RegionNode | null {
  const code = str(pick(raw, ['code', 'id']));
  if (!code) return null;
  const childrenRaw = [...listOf(pick(raw, ['children', 'cities', 'subregions']), []), ...listOf(pick(raw, ['zones']), [])];
  return {
    code,
    kind: kindOf(code, raw),
    parent: str(pick(raw, ['parent'])) ?? parent,
    name: regionNameOf(raw),
    count: num(pick(raw, ['count', 'total', 'entries', 'entryCount'])) ?? 0,
    ownCount: num(pick(raw, ['ownCount'])) ?? 0,
    children: childrenRaw.map((c) => readRegionNode(c, code)).filter((c): c is RegionNode => c !== null),
  };
}

/** `GET /api/regions`: the tree (China → provinces → cities and zones) with entry counts. */
export async function fetchRegionTree(path = '/regions'): Promise<RegionNode[]> {
  const raw = await getJson<unknown>(path);
  const list = Array.isArray(raw) ? raw : isObject(raw) && !raw.code ? listOf(raw, ['items', 'regions', 'tree', 'children']) : [raw];
  const nodes = list.map((r) => readRegionNode(r)).filter((n): n is RegionNode => n !== null);
  if (!nodes.length && !Array.isArray(raw)) throw new ApiError('bad_response', 'Region tree without regions');
  return nodes;
}

/** Every node of a tree, depth first. */
export function flattenRegions(nodes: readonly RegionNode[]): RegionNode[] {
  return nodes.flatMap((n) => [n, ...flattenRegions(n.children)]);
}

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
