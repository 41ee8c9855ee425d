import { REGIONS } from '@dualcarbon/domain';
import type { RegionName } from '@/api/types';

/** The 34 province-level divisions by GB/T 2260 code: short English and full Chinese names. */
export const PROVINCE_NAMES: Readonly<Record<string, RegionName>> = Object.fromEntries(
  REGIONS.filter((r) => r.kind === 'province').map((r) => [r.code, { en: r.enShort, zh: r.zh }]),
);
