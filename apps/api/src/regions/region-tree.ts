import { type RegionNode } from '@dualcarbon/domain';
import type { RegionKind } from '@dualcarbon/domain';

/** A regions row, named as the API names it. */
export interface RegionInfo {
  code: string;
  parent: string | null;
  kind: RegionKind;
  en: string;
  zh: string;
  enShort: string;
  zhShort: string;
  sort: number;
}

const KIND_DEPTH: Record<RegionKind, number> = { country: 0, province: 1, city: 2, zone: 3 };

/** Regions in tree order: parents first, then by the list's order (`sort`), then code. */
export function compareRegions(a: RegionInfo, b: RegionInfo): number {
  return KIND_DEPTH[a.kind] - KIND_DEPTH[b.kind] || a.sort - b.sort || a.code.localeCompare(b.code);
}

/** All regions with their published-entry counts, and look-ups over them. */
export class RegionDirectory {
  readonly byCode = new Map<string, RegionNode & { parent: string | null }>();
  readonly root: RegionNode | undefined;

  constructor(regions: readonly RegionInfo[], ownCounts: ReadonlyMap<string, number>) {
    const sorted = [...regions].sort(compareRegions);
    for (const r of sorted) {
      const ownCount = ownCounts.get(r.code) ?? 0;
      this.byCode.set(r.code, {
        code: r.code,
        kind: r.kind,
        en: r.en,
        zh: r.zh,
        enShort: r.enShort,
        zhShort: r.zhShort,
        parent: r.parent,
        count: ownCount,
        ownCount,
        children: [],
      });
    }
    // Attach children in sorted order; a row whose parent is missing, or that would form a cycle, stays detached.
    for (const r of sorted) {
      const parent = r.parent ? this.byCode.get(r.parent) : undefined;
      if (parent && KIND_DEPTH[parent.kind] < KIND_DEPTH[r.kind]) parent.children.push(this.byCode.get(r.code)!);
    }
    this.root = [...this.byCode.values()].find((n) => n.kind === 'country');
    if (this.root) sumCounts(this.root);
  }

  get(code: string) {
    return this.byCode.get(code);
  }

  /** The region's code and every descendant's. */
  descendantCodes(code: string): string[] {
    const start = this.byCode.get(code);
    if (!start) return [];
    const out: string[] = [];
    const walk = (n: RegionNode) => {
      out.push(n.code);
      n.children.forEach(walk);
    };
    walk(start);
    return out;
  }

  /** From the root down to the parent. */
  ancestorsOf(code: string) {
    const out: (RegionNode & { parent: string | null })[] = [];
    for (let n = this.byCode.get(code), guard = 0; n?.parent && guard < 10; guard++) {
      n = this.byCode.get(n.parent);
      if (n) out.unshift(n);
    }
    return out;
  }
}

function sumCounts(node: RegionNode): number {
  node.count = node.ownCount + node.children.reduce((sum, c) => sum + sumCounts(c), 0);
  return node.count;
}

/**
 * A copy of a subtree for the API: no parent field; below provinces, regions without published
 * entries are left out unless `all`; `depth` levels of children (Infinity for all).
 */
export function publicTree(node: RegionNode, opts: { all: boolean; depth?: number }): RegionNode {
  const depth = opts.depth ?? Infinity;
  const keep = (c: RegionNode) => opts.all || c.count > 0 || KIND_DEPTH[c.kind] <= KIND_DEPTH.province;
  return {
    code: node.code,
    kind: node.kind,
    en: node.en,
    zh: node.zh,
    enShort: node.enShort,
    zhShort: node.zhShort,
    count: node.count,
    ownCount: node.ownCount,
    children: depth > 0 ? node.children.filter(keep).map((c) => publicTree(c, { all: opts.all, depth: depth - 1 })) : [],
  };
}
