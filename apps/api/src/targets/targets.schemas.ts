import { OUTPUT_LANGS, REGION_KINDS, TARGET_COMPARISONS, TARGET_QUALIFIERS } from '@dualcarbon/domain';
import { z } from 'zod';

const COMPARISONS = TARGET_COMPARISONS.map((c) => c.code);

const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

/** For routes without parameters: an unknown one is still an error. */
export const NoQuerySchema = z.strictObject({});

export const MAX_TARGET_PAGE_SIZE = 1000;

/** `GET /api/targets` query. The metric must be one of GET /api/metrics (checked against the database). */
export const TargetsQuerySchema = z.strictObject({
  metric: z
    .string({ error: 'metric is required: one metric code from GET /api/metrics, e.g. carbon_intensity' })
    .regex(/^[a-z][a-z0-9_.]{0,119}$/, 'metric is a metric code from GET /api/metrics, e.g. carbon_intensity')
    .describe('Metric code (required), e.g. carbon_intensity; GET /api/metrics lists them'),
  targetYear: whole('targetYear', 1950, 2100).optional().describe('Only targets for this year, e.g. 2025'),
  region: z
    .string({ error: 'region expects a single region code' })
    .regex(/^(CN|\d{6}(-[a-z0-9-]{1,40})?)$/, 'region is CN, a six-digit GB/T 2260 code (440000) or a zone code (120100-binhai)')
    .optional()
    .describe('Only this jurisdiction and those inside it (a province includes its cities and zones)'),
  kind: z.enum(REGION_KINDS, { error: `kind is one of ${REGION_KINDS.join(', ')}` }).optional().describe('Only jurisdictions of this kind, e.g. province'),
  comparison: z
    .enum(COMPARISONS as [string, ...string[]], { error: `comparison is one of ${COMPARISONS.join(', ')}` })
    .optional()
    .describe(`Only targets compared this way: ${COMPARISONS.join(', ')} (e.g. metric=co2_emissions&comparison=peak compares peak years)`),
  page: whole('page', 1, 10_000).default(1).describe('Page of rows, from 1'),
  pageSize: whole('pageSize', 1, MAX_TARGET_PAGE_SIZE).default(100).describe(`Rows per page, 1–${MAX_TARGET_PAGE_SIZE} (default 100)`),
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

export const JurisdictionSchema = z.object({
  code: z.string(),
  kind: z.enum(REGION_KINDS),
  en: z.string(),
  zh: z.string(),
  enShort: z.string(),
  zhShort: z.string(),
});

const Localized = z.object({ en: z.string().optional(), zh: z.string().optional() });

const QUALIFIERS = TARGET_QUALIFIERS.map((q) => q.code) as [string, ...string[]];

export const TargetRowSchema = z.object({
  metric: z.string(),
  jurisdiction: JurisdictionSchema,
  value: z.number().nullable().describe('Null for peak, neutrality and "as assigned" targets, which state a year (and a metric) only'),
  valueMax: z.number().nullable().describe('Upper bound of a range (value is the lower one)'),
  unit: z.string().nullable().describe("The metric's canonical unit; null when there is no value"),
  comparison: z.enum(COMPARISONS as [string, ...string[]]),
  baseYear: z.number().int().nullable(),
  qualifier: z.enum(QUALIFIERS).describe('exact, about, at_least, no_less_than, exceed, at_most; "before" only for peak and neutrality ("before 2030")'),
  strive: z.boolean().describe('The document says 力争 / "strive to": an aim rather than a commitment'),
  cumulativeFrom: z.number().int().nullable().describe('Set when the value is a total over cumulativeFrom..targetYear, not a yearly figure'),
  targetYear: z.number().int(),
  sourceText: z.string().nullable().describe('The sentence the target was read from, verbatim'),
  entry: z.object({ slug: z.string(), title: Localized, issuedOn: z.string().nullable(), documentNumber: z.string().nullable().describe('文号, e.g. 粤府〔2022〕56号') }),
});
export type TargetRow = z.infer<typeof TargetRowSchema>;

export const ObservationRowSchema = z.object({
  metric: z.string(),
  jurisdiction: JurisdictionSchema,
  year: z.number().int(),
  value: z.number(),
  unit: z.string(),
  comparison: z.enum(COMPARISONS as [string, ...string[]]),
  baseYear: z.number().int().nullable(),
  qualifier: z.enum(QUALIFIERS).describe('"about" for "about 12.1 billion tonnes"'),
  sourceTitle: z.string(),
  sourceUrl: z.string().nullable(),
});
export type ObservationRow = z.infer<typeof ObservationRowSchema>;

export const MetricSchema = z.object({
  code: z.string(),
  en: z.string(),
  zh: z.string(),
  unit: z.string().nullable(),
  defaultComparison: z.string().nullable(),
});

export const MetricSummarySchema = MetricSchema.extend({
  targetCount: z.number().int().describe('Targets in published entries'),
  observationCount: z.number().int().describe('Official statistics (from published entries or standing alone)'),
  targetYears: z.array(z.number().int()).describe('Years that published targets are set for, ascending'),
});
export const MetricListSchema = z.object({ items: z.array(MetricSummarySchema) });
export type MetricList = z.infer<typeof MetricListSchema>;

export const TargetTableSchema = z.object({
  metric: MetricSchema,
  targetYear: z.number().int().nullable(),
  total: z.number().int().describe('Rows matching, over all pages'),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(TargetRowSchema).describe('By jurisdiction (country, provinces, cities, zones in list order), then target year'),
  observations: z.array(ObservationRowSchema).describe('Official statistics for the same metric (and region), up to 1000, by jurisdiction then year'),
});
export type TargetTable = z.infer<typeof TargetTableSchema>;
