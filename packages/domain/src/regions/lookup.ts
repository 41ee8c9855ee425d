import { GENERATED_REGIONS } from './regions.generated';
import type { Region, RegionKind } from './types';

/** Every country, province and prefecture-level city (zones live in the DB and are added with createRegionIndex). */
export const REGIONS: readonly Region[] = GENERATED_REGIONS;

export interface FindRegionsOptions {
  /** Only these kinds. */
  kinds?: readonly RegionKind[];
  /** At most this many results (default 20). */
  limit?: number;
}

/** Region look-ups over the static list plus any extra regions (zones from the DB). */
export interface RegionIndex {
  readonly regions: readonly Region[];
  regionByCode(code: string): Region | undefined;
  isRegionCode(code: string): boolean;
  childrenOf(code: string): Region[];
  /** Ancestors from the root (CN) down to the parent; [] for CN or an unknown code. */
  ancestorsOf(code: string): Region[];
  /** The province a region lies in (itself for a province), undefined for CN or unknown codes. */
  provinceOf(code: string): Region | undefined;
  /** Case-, accent- and space-insensitive search over English and Chinese, full and short names, and codes. */
  findRegions(query: string, opts?: FindRegionsOptions): Region[];
}

/** Lower-case, drop accents, apostrophes, hyphens, dots and spaces: "Xi'an City" → "xiancity". */
export function normalizePlaceName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’`.\-·]/g, '');
}

const KIND_ORDER: Record<RegionKind, number> = { country: 0, province: 1, city: 2, zone: 3 };

export function createRegionIndex(extra: readonly Region[] = []): RegionIndex {
  const regions = extra.length ? [...REGIONS, ...extra.filter((r) => !REGIONS.some((s) => s.code === r.code))] : REGIONS;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const children = new Map<string, Region[]>();
  for (const r of regions) if (r.parent) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  const names = new Map(regions.map((r) => [r.code, [r.zh, r.zhShort, r.en, r.enShort, ...(r.alt ?? [])].map(normalizePlaceName)]));

  const ancestorsOf = (code: string): Region[] => {
    const out: Region[] = [];
    for (let r = byCode.get(code), guard = 0; r?.parent && guard < 10; guard++) {
      r = byCode.get(r.parent);
      if (r) out.unshift(r);
    }
    return out;
  };

  return {
    regions,
    regionByCode: (code) => byCode.get(code),
    isRegionCode: (code) => typeof code === 'string' && byCode.has(code),
    childrenOf: (code) => [...(children.get(code) ?? [])],
    ancestorsOf,
    provinceOf(code) {
      const r = byCode.get(code);
      if (!r || r.kind === 'country') return undefined;
      return r.kind === 'province' ? r : ancestorsOf(code).find((a) => a.kind === 'province');
    },
    findRegions(query, opts = {}) {
      const q = normalizePlaceName(query ?? '');
      if (!q) return [];
      const hits: { r: Region; rank: number }[] = [];
      for (const r of regions) {
        if (opts.kinds && !opts.kinds.includes(r.kind)) continue;
        const ns = names.get(r.code)!;
        const rank = r.code.toLowerCase() === q ? 0 : ns.includes(q) ? 1 : ns.some((n) => n.startsWith(q)) ? 2 : ns.some((n) => n.includes(q)) ? 3 : -1;
        if (rank >= 0) hits.push({ r, rank });
      }
      hits.sort((a, b) => a.rank - b.rank || KIND_ORDER[a.r.kind] - KIND_ORDER[b.r.kind] || a.r.code.localeCompare(b.r.code));
      return hits.slice(0, opts.limit ?? 20).map((h) => h.r);
    },
  };
}

/** The static index (no zones). */
export const regionIndex: RegionIndex = createRegionIndex();
export const regionByCode = (code: string): Region | undefined => regionIndex.regionByCode(code);
export const isRegionCode = (code: string): boolean => regionIndex.isRegionCode(code);
export const childrenOf = (code: string): Region[] => regionIndex.childrenOf(code);
export const ancestorsOf = (code: string): Region[] => regionIndex.ancestorsOf(code);
export const provinceOf = (code: string): Region | undefined => regionIndex.provinceOf(code);
export const findRegions = (query: string, opts?: FindRegionsOptions): Region[] => regionIndex.findRegions(query, opts);
