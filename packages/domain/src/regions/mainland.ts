import { REGIONS } from './lookup';
import type { Region } from './types';

/**
 * Taiwan, Hong Kong and Macao have GB/T 2260 province-level codes but stand outside the mainland's
 * system of provincial plans: "which provinces still lack a plan" is asked of the other 31.
 */
export const NON_MAINLAND_PROVINCE_CODES: readonly string[] = ['710000', '810000', '820000'];

/** The 31 mainland provincial-level divisions (22 provinces, 5 autonomous regions, 4 municipalities), in the list's order. */
export const MAINLAND_PROVINCES: readonly Region[] = REGIONS.filter((r) => r.kind === 'province' && !NON_MAINLAND_PROVINCE_CODES.includes(r.code));
