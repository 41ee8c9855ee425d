import { z } from 'zod';
import { ENTRY_CODE_FILTER_KEYS, TARGET_CODE_FILTER_KEYS } from '../query/entry-query-shape';
import { EntryInputSchema, PublicSourceSchema } from '../schemas/entry';
import { ImplementedBySchema } from '../schemas/implementation';
import { LocalizedAnswerSchema, RegionViewSchema } from './common';

/** One published entry in a list (`GET /api/entries`, a region's latest). */
export const EntrySummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: z.string(),
  title: LocalizedAnswerSchema,
  summary: LocalizedAnswerSchema,
  jurisdiction: z.string(),
  region: RegionViewSchema.nullable(),
  level: z.string(),
  sectors: z.array(z.string()),
  instrumentType: z.string().optional(),
  themes: z.array(z.string()),
  ghgs: z.array(z.string()),
  status: z.string(),
  issuedOn: z.string().optional().describe('YYYY-MM-DD'),
  documentNumber: z.string().optional().describe('文号 as printed, e.g. 粤府〔2022〕56号'),
  publishedAt: z.string().describe('ISO 8601 timestamp'),
});
export type EntrySummary = z.infer<typeof EntrySummarySchema>;

/** `GET /api/entries/:slug`: the domain's entry plus id, timestamps and the jurisdiction's names. */
export const PublicEntrySchema = EntryInputSchema.extend({
  sources: z
    .array(PublicSourceSchema)
    .describe('Where the facts come from; a source without url is a document the editors hold as a file (never public), named by its title'),
  id: z.uuid(),
  region: RegionViewSchema.nullable(),
  publishedAt: z.string().describe('ISO 8601 timestamp'),
  updatedAt: z.string().describe('ISO 8601 timestamp'),
});
export type PublicEntryAnswer = z.infer<typeof PublicEntrySchema>;

/** The facets the search counts, in the order the portal shows them: the code filters, and the year issued. */
export const SEARCH_FACETS = [...ENTRY_CODE_FILTER_KEYS, 'year', ...TARGET_CODE_FILTER_KEYS] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const FacetValueSchema = z.object({ value: z.string(), count: z.number().int() });
export type FacetValue = z.infer<typeof FacetValueSchema>;

export const FacetsSchema = z
  .object(Object.fromEntries(SEARCH_FACETS.map((f) => [f, z.array(FacetValueSchema)])) as Record<SearchFacet, z.ZodArray<typeof FacetValueSchema>>)
  .describe(
    'Counts per value, each facet counted with the other active filters applied. region: provinces (CN = national entries) plus the cities of selected provinces; sector: a parent counts entries tagged with it or a child; year: year issued; targetMetric and targetYear: entries with a target on the metric / for the year, ' +
      "counted with the other one's selection applied to the same target (with targetYear=2025, targetMetric counts 2025 targets), target years soonest first.",
  );
export type Facets = z.infer<typeof FacetsSchema>;

export const SearchItemSchema = EntrySummarySchema.extend({
  snippet: z.string().nullable().describe('With q: the matching passage, HTML-escaped, matches wrapped in <mark>; null without q'),
  implementedBy: ImplementedBySchema.nullable().describe(
    'How many published entries implement this document and in how many mainland provinces (GET /api/entries/:slug/implementation lists them); null when none',
  ),
});
export type SearchItem = z.infer<typeof SearchItemSchema>;

/** `GET /api/entries?<query>` */
export const EntrySearchResultSchema = z.object({
  items: z.array(SearchItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: z.enum(['relevance', 'newest', 'oldest', 'title']).describe('The order applied'),
  facets: FacetsSchema.nullable().describe('null when facets=false'),
});
export type EntrySearchResult = z.infer<typeof EntrySearchResultSchema>;

const CodeCount = z.object({ code: z.string(), count: z.number().int() });

/** `GET /api/stats?<filters>` */
export const StatsSchema = z.object({
  total: z.number().int().describe('Entries matching the filters'),
  undated: z.number().int().describe('Matching entries without an issue date (not in byYear)'),
  byYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })).describe('By year issued, ascending'),
  bySector: z.array(CodeCount).describe('By sector; a parent counts entries tagged with it or any of its children'),
  byLevel: z.array(CodeCount),
  byProvince: z.array(CodeCount).describe('By province (six-digit code); entries of a city or zone count in its province; national entries are not counted'),
});
export type Stats = z.infer<typeof StatsSchema>;
