import { z } from 'zod';
import { MAINLAND_PROVINCES, provinceCodeOf, regionByCode, REGION_KINDS } from '../regions';
import { TargetSchema, type Target } from './target';

/**
 * How a document is implemented across China: the published entries that say they implement it (the
 * `implements` relation), grouped by the province-level division they belong to (cities and zones roll
 * up to their province), and the mainland divisions that have none yet. `GET /api/entries/:slug/implementation`
 * answers with it; the portal's entry page draws it.
 */

const Localized = z.object({ en: z.string().optional(), zh: z.string().optional() });

/** A place with its names, as the API sends it beside a row. */
export const PlaceSchema = z.object({
  code: z.string(),
  kind: z.enum(REGION_KINDS),
  en: z.string(),
  zh: z.string(),
  enShort: z.string(),
  zhShort: z.string(),
});
export type Place = z.infer<typeof PlaceSchema>;

/**
 * The targets a reader compares first across provinces: carbon and energy intensity, the non-fossil
 * share, and when emissions peak (or reach neutrality). In this order.
 */
export const HEADLINE_METRICS = ['co2_emissions', 'carbon_intensity', 'energy_intensity', 'non_fossil_share'] as const;
/** Of co2_emissions targets only the dated milestones are headlines, not an emissions cap. */
const MILESTONE_COMPARISONS: readonly string[] = ['peak', 'neutrality'];

/** A target as an answer carries it: the fields of TargetSchema without its place and source clause (and without its input rules). */
const { jurisdiction: _j, sourceText: _s, sourceLanguage: _l, ...headlineShape } = TargetSchema.shape;
export const HeadlineTargetSchema = z.object(headlineShape);
export type HeadlineTarget = z.infer<typeof HeadlineTargetSchema>;

export function isHeadlineTarget(t: Pick<Target, 'metric' | 'comparison'>): boolean {
  if (t.metric === 'co2_emissions') return MILESTONE_COMPARISONS.includes(t.comparison);
  return (HEADLINE_METRICS as readonly string[]).includes(t.metric);
}

/**
 * An entry's headline targets for its own jurisdiction (a target set for another place is that place's),
 * by metric in HEADLINE_METRICS order, then year.
 */
export function headlineTargets(targets: readonly Target[], jurisdiction: string): HeadlineTarget[] {
  const rank = (m: string) => (HEADLINE_METRICS as readonly string[]).indexOf(m);
  return targets
    .filter((t) => (!t.jurisdiction || t.jurisdiction === jurisdiction) && isHeadlineTarget(t))
    .map(({ jurisdiction: _j, sourceText: _s, sourceLanguage: _l, ...rest }) => rest)
    .sort((a, b) => rank(a.metric) - rank(b.metric) || a.targetYear - b.targetYear);
}

export const ImplementingEntrySchema = z.object({
  slug: z.string(),
  title: Localized,
  jurisdiction: PlaceSchema,
  level: z.string(),
  issuedOn: z.string().nullable().describe('YYYY-MM-DD'),
  via: z
    .string()
    .nullable()
    .describe('null when the entry names this document; else the slug of the entry of its own province it implements, which names this document'),
  targets: z
    .array(HeadlineTargetSchema)
    .describe('Headline targets for its own jurisdiction: peak/neutrality year, carbon and energy intensity, non-fossil share'),
});
export type ImplementingEntry = z.infer<typeof ImplementingEntrySchema>;

export const ProvinceImplementationSchema = PlaceSchema.extend({
  mainland: z.boolean().describe('One of the 31 mainland provincial-level divisions'),
  entries: z.array(ImplementingEntrySchema).describe("Its own entries first, then its cities' and zones'; each by issue date (undated last)"),
});
export type ProvinceImplementation = z.infer<typeof ProvinceImplementationSchema>;

export const ImplementationSchema = z.object({
  entry: z.object({ slug: z.string(), title: Localized, jurisdiction: z.string(), level: z.string() }),
  total: z.number().int().describe('Implementing entries, all places'),
  covered: z.number().int().describe('Mainland provincial-level divisions with at least one implementing entry'),
  mainland: z.number().int().describe('Mainland provincial-level divisions (31)'),
  national: z.array(ImplementingEntrySchema).describe('Nationwide entries implementing it (sector plans, for instance), by issue date'),
  provinces: z
    .array(ProvinceImplementationSchema)
    .describe('The 31 mainland divisions in list order, each with its implementing entries (none: no plan yet), then any other division that has some'),
  missing: z.array(z.string()).describe('Codes of the mainland divisions without an implementing entry, in list order'),
});
export type Implementation = z.infer<typeof ImplementationSchema>;

/** Beside a search result: how far a document's implementation has got. */
export const ImplementedBySchema = z.object({
  entries: z.number().int().describe('Published entries implementing it'),
  provinces: z.number().int().describe('Mainland provincial-level divisions among their places'),
});
export type ImplementedBy = z.infer<typeof ImplementedBySchema>;

/** One implementing entry as the API reads it, before grouping. */
export type ImplementerRow = Omit<ImplementingEntry, 'targets'> & { targets: readonly Target[] };

const MAINLAND = new Set(MAINLAND_PROVINCES.map((p) => p.code));

/** Provincial entries first, then by place, issue date (undated last) and slug. */
function byPlaceThenDate(province: string) {
  return (a: ImplementingEntry, b: ImplementingEntry) =>
    Number(a.jurisdiction.code !== province) - Number(b.jurisdiction.code !== province) ||
    a.jurisdiction.code.localeCompare(b.jurisdiction.code) ||
    byDate(a, b);
}

const byDate = (a: ImplementingEntry, b: ImplementingEntry) =>
  Number(a.issuedOn === null) - Number(b.issuedOn === null) || (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') || a.slug.localeCompare(b.slug);

const placeOf = (code: string): Place | undefined => {
  const r = regionByCode(code);
  return r && { code: r.code, kind: r.kind, en: r.en, zh: r.zh, enShort: r.enShort, zhShort: r.zhShort };
};

/** Groups the implementing entries of `entry` by province; every mainland division is listed, covered or not. */
export function buildImplementation(entry: Implementation['entry'], rows: readonly ImplementerRow[]): Implementation {
  const byProvince = new Map<string, ImplementingEntry[]>();
  const national: ImplementingEntry[] = [];
  for (const row of rows) {
    const item: ImplementingEntry = { ...row, targets: headlineTargets(row.targets, row.jurisdiction.code) };
    const province = provinceCodeOf(row.jurisdiction.code);
    if (!province) national.push(item);
    else byProvince.set(province, [...(byProvince.get(province) ?? []), item]);
  }
  const group = (place: Place, mainland: boolean) => ({
    ...place,
    mainland,
    entries: (byProvince.get(place.code) ?? []).sort(byPlaceThenDate(place.code)),
  });
  const others = [...byProvince.keys()].filter((code) => !MAINLAND.has(code)).sort();
  const provinces = [
    ...MAINLAND_PROVINCES.map((p) => group(placeOf(p.code)!, true)),
    ...others.flatMap((code) => {
      const place = placeOf(code);
      return place ? [group(place, false)] : [];
    }),
  ];
  const mainland = provinces.filter((p) => p.mainland);
  return {
    entry,
    total: rows.length,
    covered: mainland.filter((p) => p.entries.length).length,
    mainland: mainland.length,
    national: national.sort(byDate),
    provinces,
    missing: mainland.filter((p) => !p.entries.length).map((p) => p.code),
  };
}

/** The counts beside a search result; null when nothing implements the document. */
export function implementedBy(jurisdictions: readonly string[]): ImplementedBy | null {
  if (!jurisdictions.length) return null;
  const provinces = new Set(jurisdictions.map(provinceCodeOf).filter((p): p is string => !!p && MAINLAND.has(p)));
  return { entries: jurisdictions.length, provinces: provinces.size };
}
