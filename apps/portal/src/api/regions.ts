import type { RegionPage } from '@dualcarbon/domain';
import { getJson } from './http';
import { regionNode, type RegionNode } from './regionTree';
import { targetRowView, type TargetRow } from './targets';
import { regionName, type CountRow, type EntrySummary } from './types';

export { fetchRegionTree, flattenRegions, regionNode, type RegionKind, type RegionNode } from './regionTree';

/** `GET /api/regions/:code` as a national or provincial page shows it. */
export interface RegionDetail {
  region: RegionNode;
  /** From China down to the parent. */
  ancestors: RegionNode[];
  /** Entries the page covers: for CN its national entries only, else the place with its subregions. */
  total: number;
  includesSubregions: boolean;
  bySector: CountRow[];
  /** Oldest first; `undated` for entries without a year. */
  byYear: CountRow[];
  latest: EntrySummary[];
  targets: TargetRow[];
  /** Provinces (for CN), or cities and zones, zones listed after their city. */
  children: RegionNode[];
}

export function regionPath(code: string): string {
  return `/regions/${encodeURIComponent(code)}`;
}

export function regionDetail(p: RegionPage): RegionDetail {
  const region = regionNode({ ...p.region, children: [] }, p.region.parent);
  const ancestors = p.ancestors.map((a, i) => ({ ...a, parent: p.ancestors[i - 1]?.code ?? null, name: regionName(a), count: 0, ownCount: 0, children: [] }));
  const children = p.children.map((c) => regionNode(c, region.code));
  return {
    region,
    ancestors,
    total: p.total,
    includesSubregions: p.includesSubregions,
    bySector: p.bySector.map((s) => ({ key: s.code, count: s.count })),
    byYear: p.byYear.map((y) => ({ key: y.year === null ? 'undated' : String(y.year), count: y.count })).sort((a, b) => a.key.localeCompare(b.key)),
    latest: p.latest,
    targets: p.targets.map(targetRowView),
    // Zones come nested under their city: list them after it.
    children: region.kind === 'country' ? children : children.flatMap((c) => [c, ...c.children]),
  };
}

export async function fetchRegion(path: string): Promise<RegionDetail> {
  return regionDetail(await getJson<RegionPage>(path));
}
