import { z } from 'zod';
import { RegionNamesShape } from './common';
import { EntrySummarySchema } from './entries';
import { TargetRowSchema } from './targets';

/** A place named in an answer (an ancestor, a target's jurisdiction). */
export const RegionRefSchema = z.object(RegionNamesShape);
export type RegionRef = z.infer<typeof RegionRefSchema>;

const counts = {
  count: z.number().int().describe('Published entries in the region, its cities and zones included'),
  ownCount: z.number().int().describe('Published entries whose jurisdiction is the region itself'),
};

// The tree is at most four levels deep (country → province → city → zone), spelled out so the
// OpenAPI document needs no recursive references.
const node = <T extends z.ZodType>(children: T) => z.object({ ...RegionNamesShape, ...counts, children: z.array(children) });
const ZoneNodeSchema = node(z.never()).describe('A zone (children always empty)');
const CityNodeSchema = node(ZoneNodeSchema);
const ProvinceNodeSchema = node(z.union([CityNodeSchema, ZoneNodeSchema])).describe('A province; municipalities may hold zones directly');
/** `GET /api/regions` */
export const RegionTreeSchema = node(ProvinceNodeSchema).describe('CN with provinces, cities and zones');
export const RegionNodeSchema = z.union([ProvinceNodeSchema, CityNodeSchema, ZoneNodeSchema]);

/** A node of the tree, at any depth (the schemas above spell the levels out; this is what code walks). */
export interface RegionNode extends RegionRef {
  count: number;
  ownCount: number;
  children: RegionNode[];
}

/** `GET /api/regions/:code` */
export const RegionPageSchema = z.object({
  region: z.object({ ...RegionNamesShape, parent: z.string().nullable(), ...counts }),
  total: z.number().int().describe("Published entries the page covers: for CN its own (national) entries, else the region's with its cities and zones"),
  includesSubregions: z
    .boolean()
    .describe('Whether the page (total, counts, latest) covers the subregions: false for CN, whose page is about national entries'),
  ancestors: z.array(RegionRefSchema).describe('From CN down to the parent, for a breadcrumb'),
  bySector: z
    .array(z.object({ code: z.string(), parent: z.string().nullable(), en: z.string(), zh: z.string(), count: z.number().int() }))
    .describe('Entries the page covers per sector (a parent sector counts entries tagged with any of its sub-sectors), in taxonomy order'),
  byYear: z.array(z.object({ year: z.number().int().nullable(), count: z.number().int() })).describe('Entries per year issued, newest first; null for undated'),
  latest: z.array(EntrySummarySchema).describe('The 10 newest entries the page covers (see total)'),
  targets: z.array(TargetRowSchema).describe('Targets set for the region itself (up to 100; /api/targets?region= has them all)'),
  targetTotal: z.number().int(),
  children: z.array(RegionNodeSchema).describe('Provinces (for CN), or cities and zones, with counts; zones nested under their city'),
});
export type RegionPage = Omit<z.infer<typeof RegionPageSchema>, 'children'> & { children: RegionNode[] };
