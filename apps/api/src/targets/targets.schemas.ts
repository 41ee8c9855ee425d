import { OUTPUT_LANGS, REGION_KINDS, TARGET_COMPARISONS } from '@dualcarbon/domain';
import { z } from 'zod';
import { wholeNumber } from '../common/schema-parts';

const COMPARISONS = TARGET_COMPARISONS.map((c) => c.code);

/** For routes without parameters: an unknown one is still an error. */
export const NoQuerySchema = z.strictObject({});

export const MAX_TARGET_PAGE_SIZE = 1000;

/** `GET /api/targets` query. The metric must be one of GET /api/metrics (checked against the database). */
export const TargetsQuerySchema = z.strictObject({
  metric: z
    .string({ error: 'metric is required: one metric code from GET /api/metrics, e.g. carbon_intensity' })
    .regex(/^[a-z][a-z0-9_.]{0,119}$/, 'metric is a metric code from GET /api/metrics, e.g. carbon_intensity')
    .describe('Metric code (required), e.g. carbon_intensity; GET /api/metrics lists them'),
  targetYear: wholeNumber('targetYear', 1950, 2100).optional().describe('Only targets for this year, e.g. 2025'),
  region: z
    .string({ error: 'region expects a single region code' })
    .regex(/^(CN|\d{6}(-[a-z0-9-]{1,40})?)$/, 'region is CN, a six-digit GB/T 2260 code (440000) or a zone code (120100-binhai)')
    .optional()
    .describe('Only this jurisdiction and those inside it (a province includes its cities and zones)'),
  kind: z
    .enum(REGION_KINDS, { error: `kind is one of ${REGION_KINDS.join(', ')}` })
    .optional()
    .describe('Only jurisdictions of this kind, e.g. province'),
  comparison: z
    .enum(COMPARISONS as [string, ...string[]], { error: `comparison is one of ${COMPARISONS.join(', ')}` })
    .optional()
    .describe(`Only targets compared this way: ${COMPARISONS.join(', ')} (e.g. metric=co2_emissions&comparison=peak compares peak years)`),
  page: wholeNumber('page', 1, 10_000).default(1).describe('Page of rows, from 1'),
  pageSize: wholeNumber('pageSize', 1, MAX_TARGET_PAGE_SIZE).default(100).describe(`Rows per page, 1–${MAX_TARGET_PAGE_SIZE} (default 100)`),
});
export type TargetsQuery = z.infer<typeof TargetsQuerySchema>;

/** `GET /api/export/targets.*`: the table's filters, the metric optional (every metric), no paging (every row). */
export const TargetExportQuerySchema = TargetsQuerySchema.omit({ page: true, pageSize: true }).extend({
  metric: TargetsQuerySchema.shape.metric.optional().describe('Only this metric (GET /api/metrics lists them); every metric when left out'),
  lang: z
    .enum(OUTPUT_LANGS, { error: `lang is one of ${OUTPUT_LANGS.join(', ')}` })
    .default('en')
    .describe("The reader's language: the url column links to the portal's /en or /zh pages (default en), as in the entries export"),
});
export type TargetExportQuery = z.infer<typeof TargetExportQuerySchema>;
