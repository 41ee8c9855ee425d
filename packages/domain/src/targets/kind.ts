/**
 * What a target's kind (comparison) allows, for the forms that edit targets (the entry editor, the
 * ingestion review): a quantity keeps value, upper bound, unit, base year and period; peak and neutrality
 * are a year, "before" or "by"; "as assigned" is a metric and a year only.
 */
import type { TargetInput } from '../schemas/target';
import { isMilestoneComparison, isQuantityComparison, TARGET_QUALIFIERS } from '../taxonomies/enums';

/** The qualifiers that fit a kind: "before" only for milestones, which take nothing else but "by" (exact). */
export function qualifiersFor(comparison: string): readonly (typeof TARGET_QUALIFIERS)[number][] {
  if (comparison === 'assigned') return TARGET_QUALIFIERS.filter((q) => q.code === 'exact');
  const milestone = isMilestoneComparison(comparison);
  return TARGET_QUALIFIERS.filter((q) => (milestone ? q.code === 'exact' || q.code === 'before' : q.code !== 'before'));
}

/**
 * The target with another kind: a kind without a value drops the quantity fields (a milestone reads
 * "before" unless it already was a milestone "by", and measures CO₂ unless a metric was chosen); a
 * quantity gets the metric's unit when it has none, and loses "before".
 */
export function withComparison(target: TargetInput, comparison: TargetInput['comparison'], unitOf: (metric: string) => string | undefined): TargetInput {
  const row: TargetInput = { ...target, comparison };
  if (!isQuantityComparison(comparison)) {
    for (const k of ['value', 'valueMax', 'unit', 'baseYear', 'cumulativeFrom'] as const) delete row[k];
    const wasMilestone = isMilestoneComparison(target.comparison ?? '');
    row.qualifier = isMilestoneComparison(comparison) ? (target.qualifier === 'before' || !wasMilestone ? 'before' : 'exact') : 'exact';
    if (isMilestoneComparison(comparison) && !row.metric) row.metric = 'co2_emissions';
  } else {
    if (row.qualifier === 'before') row.qualifier = 'exact';
    const unit = unitOf(row.metric ?? '');
    if (unit && !row.unit) row.unit = unit;
  }
  return row;
}
