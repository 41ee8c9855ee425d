/** The region tree (`GET /api/regions`): kept apart from region pages so a page needing only names loads no target reader. */
import type { RegionNode as RegionNodeAnswer, RegionRef } from '@dualcarbon/domain';
import { getJson } from './http';
import { regionName, type RegionName } from './types';

export type RegionKind = RegionRef['kind'];

/** A place with how many published entries apply to it (and, for a node of the tree, its children). */
export interface RegionNode {
  code: string;
  kind: RegionKind;
  parent: string | null;
  /** Names as the API sent them; places the tree left out have none (pages fall back to the domain's region list). */
  name?: RegionName;
  count: number;
  /** Published entries whose jurisdiction is the place itself (for CN: the national entries). */
  ownCount: number;
  children: RegionNode[];
}

/** A node of the answer's tree with its parent's code and the names the portal writes. */
export function regionNode(n: RegionNodeAnswer, parent: string | null = null): RegionNode {
  return {
    code: n.code,
    kind: n.kind,
    parent,
    name: regionName(n),
    count: n.count,
    ownCount: n.ownCount,
    children: n.children.map((c) => regionNode(c, n.code)),
  };
}

/** `GET /api/regions`: the tree (China → provinces → cities and zones) with entry counts, as a list of roots. */
export async function fetchRegionTree(path = '/regions'): Promise<RegionNode[]> {
  return [regionNode(await getJson<RegionNodeAnswer>(path))];
}

/** Every node of a tree, depth first. */
export function flattenRegions(nodes: readonly RegionNode[]): RegionNode[] {
  return nodes.flatMap((n) => [n, ...flattenRegions(n.children)]);
}
