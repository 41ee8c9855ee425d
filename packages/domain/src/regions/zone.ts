import { isMunicipality } from './levels';
import { regionByCode } from './lookup';

/** Zone codes: the parent city's six-digit code, "-", and a slug, e.g. "440300-qianhai". */
export const ZONE_CODE_PATTERN = /^(\d{6})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const isZoneCode = (code: string): boolean => ZONE_CODE_PATTERN.test(code) && code.length <= 47;

export function zoneCode(parent: string, slug: string): string {
  return `${parent}-${slug}`;
}

export function parseZoneCode(code: string): { parent: string; slug: string } | undefined {
  const m = ZONE_CODE_PATTERN.exec(code);
  return m ? { parent: m[1], slug: m[2] } : undefined;
}

/** A zone's parent must be a city, or a province-level municipality (which has no city rows). */
export function canParentZone(code: string): boolean {
  const r = regionByCode(code);
  return !!r && (r.kind === 'city' || (r.kind === 'province' && isMunicipality(r.code)));
}
