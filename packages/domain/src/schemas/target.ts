import { z } from 'zod';
import { isMilestoneComparison, isQuantityComparison } from '../taxonomies/enums';
import { Language, RegionCode, TargetComparison, TargetQualifier, TermCode, Year, HttpUrl } from './primitives';

/** The rules a target's kind sets, each message on the field to fix (the API and the CMS form show them there). */
export const TARGET_RULES = {
  valueRequired: (comparison: string) => `Give a value: a ${comparison} target states a number`,
  valueNotAllowed: (comparison: string) =>
    comparison === 'assigned'
      ? 'Leave the value empty: an "as assigned" target has no number of its own'
      : `Leave the value empty: a ${comparison} target is a year, not a number`,
  unitRequired: 'Give the unit of the value (the metric’s unit)',
  valueMaxWithoutValue: 'An upper bound needs a value (the lower bound)',
  beforeOnlyForMilestones: '"Before" applies only to peak and neutrality targets ("before 2030")',
  cumulativeNeedsValue: 'Only a target with a value can be a total over a period',
  cumulativeAfterTarget: 'The period must start in or before the target year',
} as const;

/**
 * A target, in one of three shapes:
 * - a quantity: "CO₂ per unit of GDP −18% vs 2020 by 2025" is
 *   { metric: carbon_intensity, comparison: reduction, value: 18, unit: '%', baseYear: 2020, targetYear: 2025 };
 *   a range ("40–45%") sets value to the lower and valueMax to the upper bound; cumulativeFrom makes the value a
 *   total over cumulativeFrom..targetYear ("“十五五”期间累计" → 2026..2030) instead of a yearly figure;
 * - a milestone: "2030年前实现碳达峰" is { metric: co2_emissions, comparison: peak, targetYear: 2030, qualifier: before };
 * - "确保完成国家下达指标": { metric: energy_intensity, comparison: assigned, targetYear: 2025 } — no value.
 * strive (力争 / "strive to") combines with any qualifier: "力争达到32%以上" is strive + at_least.
 */
export const TargetSchema = z
  .object({
    metric: TermCode,
    /** Defaults to the entry's jurisdiction; set when one document sets targets for several places. */
    jurisdiction: RegionCode.optional(),
    targetYear: Year,
    /** Required for the quantity kinds (reduction, level, share, count, capacity); absent for peak, neutrality, assigned. */
    value: z.number({ error: 'Expected a number' }).finite('Expected a finite number').optional(),
    valueMax: z.number({ error: 'Expected a number' }).finite().optional(),
    /** Required with a value: the metric's canonical unit, the value already converted to it. */
    unit: z.string({ error: 'Expected a unit' }).trim().min(1, 'Unit is required').max(40, 'At most 40 characters').optional(),
    comparison: TargetComparison,
    baseYear: Year.optional(),
    qualifier: TargetQualifier.default('exact'),
    /** 力争 / "strive to" / "endeavour to". */
    strive: z.boolean({ error: 'Expected true or false' }).default(false),
    /** The value is a total over cumulativeFrom..targetYear, not an annual figure. */
    cumulativeFrom: Year.optional(),
    /** The sentence the target was read from, verbatim. */
    sourceText: z.string().trim().max(2000, 'At most 2000 characters').optional(),
    sourceLanguage: Language.optional(),
  })
  .superRefine((t, ctx) => {
    const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    const quantity = isQuantityComparison(t.comparison);
    if (quantity && t.value === undefined) issue('value', TARGET_RULES.valueRequired(t.comparison));
    if (!quantity && t.value !== undefined) issue('value', TARGET_RULES.valueNotAllowed(t.comparison));
    if (t.value !== undefined && t.unit === undefined) issue('unit', TARGET_RULES.unitRequired);
    if (t.valueMax !== undefined && t.value === undefined && quantity) issue('valueMax', TARGET_RULES.valueMaxWithoutValue);
    if (t.valueMax !== undefined && !quantity) issue('valueMax', TARGET_RULES.valueNotAllowed(t.comparison));
    if (t.qualifier === 'before' && !isMilestoneComparison(t.comparison)) issue('qualifier', TARGET_RULES.beforeOnlyForMilestones);
    if (t.cumulativeFrom !== undefined) {
      if (!quantity) issue('cumulativeFrom', TARGET_RULES.cumulativeNeedsValue);
      else if (t.cumulativeFrom > t.targetYear) issue('cumulativeFrom', TARGET_RULES.cumulativeAfterTarget);
    }
  });
export type Target = z.infer<typeof TargetSchema>;
export type TargetInput = z.input<typeof TargetSchema>;

/** An official statistic, e.g. the national GHG inventory for 2017. */
export const ObservationSchema = z
  .object({
    metric: TermCode,
    jurisdiction: RegionCode,
    year: Year,
    value: z.number({ error: 'Expected a number' }).finite(),
    unit: z.string().trim().min(1, 'Unit is required').max(40),
    comparison: TargetComparison.default('level'),
    baseYear: Year.optional(),
    /** "about 12.1 billion tonnes" → about. */
    qualifier: TargetQualifier.default('exact'),
    sourceTitle: z.string().trim().min(1, 'Name the source').max(500),
    sourceUrl: HttpUrl.optional(),
    sourceText: z.string().trim().max(2000).optional(),
  })
  .superRefine((o, ctx) => {
    if (!isQuantityComparison(o.comparison))
      ctx.addIssue({ code: 'custom', path: ['comparison'], message: 'A statistic is a level, share, count, capacity or reduction' });
    if (o.qualifier === 'before') ctx.addIssue({ code: 'custom', path: ['qualifier'], message: TARGET_RULES.beforeOnlyForMilestones });
  });
export type Observation = z.infer<typeof ObservationSchema>;
export type ObservationInput = z.input<typeof ObservationSchema>;
