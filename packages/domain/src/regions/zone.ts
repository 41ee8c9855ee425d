import { z } from 'zod';
import { isMunicipality } from './levels';
import { regionByCode } from './lookup';
import type { Region } from './types';

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

const name = (max: number) => z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(max, `At most ${max} characters`);

/** What an admin enters to add an industrial zone or pilot area. */
export const ZoneInputSchema = z.object({
  /** Code of the city (or municipality) the zone lies in. */
  parent: z
    .string({ error: 'Choose the city the zone lies in' })
    .regex(/^\d{6}$/, 'Choose the city the zone lies in')
    .refine(canParentZone, 'Zones lie in a city or a municipality (Beijing, Tianjin, Shanghai, Chongqing)'),
  slug: z
    .string({ error: 'Enter a short code' })
    .trim()
    .min(2, 'At least 2 characters')
    .max(40, 'At most 40 characters')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens, e.g. "binhai" or "qianhai-shekou"'),
  zh: name(100),
  zhShort: name(50).optional(),
  en: name(200),
  enShort: name(100).optional(),
});
export type ZoneInput = z.input<typeof ZoneInputSchema>;
export type ZoneData = z.infer<typeof ZoneInputSchema>;

/** The Region row for validated zone input. */
export function zoneRegion(data: ZoneData): Region {
  return {
    code: zoneCode(data.parent, data.slug),
    parent: data.parent,
    kind: 'zone',
    zh: data.zh,
    zhShort: data.zhShort ?? data.zh,
    en: data.en,
    enShort: data.enShort ?? data.en,
  };
}
