/** The region tree (`GET /api/regions`): kept apart from region pages so a page needing only names loads no target reader. */
import { ApiError, getJson } from './http';
import { isObject, listOf, num, pick, regionNameOf, str } from './normalize';
import type { RegionName, RegionView } from './types';

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
