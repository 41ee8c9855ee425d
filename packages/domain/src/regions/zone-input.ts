import { z } from 'zod';
import type { Region } from './types';
import { canParentZone, zoneCode } from './zone';

// Apart from zone.ts (codes and their checks) so a client reading zone codes does not bundle zod.

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
