import { z } from 'zod';
import { TargetComparison, TargetQualifier } from '../schemas/primitives';
import { LocalizedAnswerSchema, RegionNamesShape } from './common';

/** The place a target or statistic is about. */
export const JurisdictionSchema = z.object(RegionNamesShape);

/** One target of a published entry (`GET /api/targets`, a region's page). */
export const TargetRowSchema = z.object({
  metric: z.string(),
  jurisdiction: JurisdictionSchema,
  value: z.number().nullable().describe('Null for peak, neutrality and "as assigned" targets, which state a year (and a metric) only'),
  valueMax: z.number().nullable().describe('Upper bound of a range (value is the lower one)'),
  unit: z.string().nullable().describe("The metric's canonical unit; null when there is no value"),
  comparison: TargetComparison,
  baseYear: z.number().int().nullable(),
  qualifier: TargetQualifier.describe('exact, about, at_least, no_less_than, exceed, at_most; "before" only for peak and neutrality ("before 2030")'),
  strive: z.boolean().describe('The document says 力争 / "strive to": an aim rather than a commitment'),
  cumulativeFrom: z.number().int().nullable().describe('Set when the value is a total over cumulativeFrom..targetYear, not a yearly figure'),
  targetYear: z.number().int(),
  sourceText: z.string().nullable().describe('The sentence the target was read from, verbatim'),
  entry: z.object({
    slug: z.string(),
    title: LocalizedAnswerSchema,
    issuedOn: z.string().nullable(),
    documentNumber: z.string().nullable().describe('文号, e.g. 粤府〔2022〕56号'),
  }),
});
export type TargetRow = z.infer<typeof TargetRowSchema>;

/** An official statistic for a metric. */
export const ObservationRowSchema = z.object({
  metric: z.string(),
  jurisdiction: JurisdictionSchema,
  year: z.number().int(),
  value: z.number(),
  unit: z.string(),
  comparison: TargetComparison,
  baseYear: z.number().int().nullable(),
  qualifier: TargetQualifier.describe('"about" for "about 12.1 billion tonnes"'),
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
export type Metric = z.infer<typeof MetricSchema>;

export const MetricSummarySchema = MetricSchema.extend({
  targetCount: z.number().int().describe('Targets in published entries'),
  observationCount: z.number().int().describe('Official statistics (from published entries or standing alone)'),
  targetYears: z.array(z.number().int()).describe('Years that published targets are set for, ascending'),
});
export type MetricSummary = z.infer<typeof MetricSummarySchema>;

/** `GET /api/metrics` */
export const MetricListSchema = z.object({ items: z.array(MetricSummarySchema) });
export type MetricList = z.infer<typeof MetricListSchema>;

/** `GET /api/targets?metric=` */
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
