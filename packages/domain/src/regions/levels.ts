import type { LEVELS } from '../taxonomies/enums';
import type { Region, RegionKind } from './types';

export type LevelCode = (typeof LEVELS)[number]['code'];

/** Province-level municipalities: provincial in rank, but city and county entries attach to them too (no prefecture rows). */
export const MUNICIPALITY_CODES: readonly string[] = ['110000', '120000', '310000', '500000'];
export const isMunicipality = (code: string): boolean => MUNICIPALITY_CODES.includes(code);

/**
 * Which entry levels fit which kind of region:
 * national → CN, provincial → a province, city → a city, county → a city (counties are not listed,
 * a county-level entry attaches to its city), zone → a zone. Municipalities also take city and county entries.
 */
export const REGION_KIND_LEVELS: Readonly<Record<RegionKind, readonly LevelCode[]>> = {
  country: ['national'],
  province: ['provincial'],
  city: ['city', 'county'],
  zone: ['zone'],
};

export const LEVEL_REGION_KINDS: Readonly<Record<LevelCode, readonly RegionKind[]>> = {
  national: ['country'],
  provincial: ['province'],
  city: ['city', 'province'],
  county: ['city', 'province'],
  zone: ['zone'],
};

/** The level an entry on a region of this kind normally has. */
export function levelForRegionKind(kind: RegionKind): LevelCode {
  return REGION_KIND_LEVELS[kind][0];
}

/** Region kinds an entry of this level may be attached to (province only for municipalities). */
export function regionKindsForLevel(level: string): readonly RegionKind[] {
  return LEVEL_REGION_KINDS[level as LevelCode] ?? [];
}

/** Levels allowed for an entry on this region. */
export function levelsForRegion(region: Pick<Region, 'code' | 'kind'>): readonly LevelCode[] {
  if (region.kind === 'province' && isMunicipality(region.code)) return ['provincial', 'city', 'county'];
  return REGION_KIND_LEVELS[region.kind];
}

export function levelFitsRegion(level: string, region: Pick<Region, 'code' | 'kind'>): boolean {
  return levelsForRegion(region).includes(level as LevelCode);
}

/**
 * The code of the province-level division a jurisdiction lies in (itself for a province): cities and
 * zones roll up by the first two digits of their GB/T 2260 code. Undefined for CN and malformed codes.
 */
export function provinceCodeOf(code: string): string | undefined {
  return /^\d{6}/.test(code) ? `${code.slice(0, 2)}0000` : undefined;
}
