import { z } from 'zod';
import { Language, RegionCode, TargetComparison, TargetQualifier, TermCode, Year, HttpUrl } from './primitives';

/**
 * A quantified target: "CO₂ per unit of GDP −18% vs 2020 by 2025" is
 * { metric: carbon_intensity, comparison: reduction, value: 18, unit: '%', baseYear: 2020, targetYear: 2025 }.
 * A range ("40–45%") sets value to the lower and valueMax to the upper bound.
 */
export const TargetSchema = z.object({
  metric: TermCode,
  /** Defaults to the entry's jurisdiction; set when one document sets targets for several places. */
  jurisdiction: RegionCode.optional(),
  targetYear: Year,
  value: z.number({ error: 'Expected a number' }).finite('Expected a finite number'),
  valueMax: z.number({ error: 'Expected a number' }).finite().optional(),
  unit: z.string({ error: 'Expected a unit' }).trim().min(1, 'Unit is required').max(40, 'At most 40 characters'),
  comparison: TargetComparison,
  baseYear: Year.optional(),
  qualifier: TargetQualifier.default('exact'),
  /** The sentence the target was read from, verbatim. */
  sourceText: z.string().trim().max(2000, 'At most 2000 characters').optional(),
  sourceLanguage: Language.optional(),
});
export type Target = z.infer<typeof TargetSchema>;
export type TargetInput = z.input<typeof TargetSchema>;

/** An official statistic, e.g. the national GHG inventory for 2017. */
export const ObservationSchema = z.object({
  metric: TermCode,
  jurisdiction: RegionCode,
  year: Year,
  value: z.number({ error: 'Expected a number' }).finite(),
  unit: z.string().trim().min(1, 'Unit is required').max(40),
  comparison: TargetComparison.default('level'),
  baseYear: Year.optional(),
  sourceTitle: z.string().trim().min(1, 'Name the source').max(500),
  sourceUrl: HttpUrl.optional(),
  sourceText: z.string().trim().max(2000).optional(),
});
export type Observation = z.infer<typeof ObservationSchema>;
export type ObservationInput = z.input<typeof ObservationSchema>;
