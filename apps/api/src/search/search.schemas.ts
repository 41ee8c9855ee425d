import { FACETS } from './snapshot';
import { ImplementedBySchema } from '@dualcarbon/domain';
import { z } from 'zod';
import { EntrySummarySchema } from '../entries/entries.schemas';

export const FacetValueSchema = z.object({ value: z.string(), count: z.number().int() });

export const FacetsSchema = z
  .object(Object.fromEntries(FACETS.map((f) => [f, z.array(FacetValueSchema)])) as Record<(typeof FACETS)[number], z.ZodArray<typeof FacetValueSchema>>)
  .describe(
    'Counts per value, each facet counted with the other active filters applied. region: provinces (CN = national entries) plus the cities of selected provinces; sector: a parent counts entries tagged with it or a child; year: year issued; targetMetric and targetYear: entries with a target on the metric / for the year, ' +
      'counted with the other one\'s selection applied to the same target (with targetYear=2025, targetMetric counts 2025 targets), target years soonest first.',
  );

export const SearchItemSchema = EntrySummarySchema.extend({
  snippet: z
    .string()
    .nullable()
    .describe('With q: the matching passage, HTML-escaped, matches wrapped in <mark>; null without q'),
  implementedBy: ImplementedBySchema.nullable().describe(
    'How many published entries implement this document and in how many mainland provinces (GET /api/entries/:slug/implementation lists them); null when none',
  ),
});

export const EntrySearchResultSchema = z.object({
  items: z.array(SearchItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: z.enum(['relevance', 'newest', 'oldest', 'title']).describe('The order applied'),
  facets: FacetsSchema.nullable().describe('null when facets=false'),
});
export type EntrySearchResult = z.infer<typeof EntrySearchResultSchema>;
