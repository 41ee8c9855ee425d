import vocabularies from './enums.json';
import { termsFromTable, type Term } from './types';

/** Small closed vocabularies (rows in enums.json). Their codes are part of the public API and never change. */
export const ENTRY_KINDS = termsFromTable(vocabularies.entryKinds);

/** Administrative level of the jurisdiction an entry applies to. */
export const LEVELS = termsFromTable(vocabularies.levels);

export const POLICY_STATUSES = termsFromTable(vocabularies.policyStatuses);

export const GHGS = termsFromTable(vocabularies.ghgs);

export const TARGET_COMPARISONS = termsFromTable(vocabularies.targetComparisons);

/** Comparisons that state a quantity: a target of these kinds has a value and a unit. */
export const QUANTITY_COMPARISONS = ['reduction', 'level', 'share', 'count', 'capacity'] as const;
/** A year by (or before) which emissions peak or reach neutrality: no value. */
export const MILESTONE_COMPARISONS = ['peak', 'neutrality'] as const;
/** Comparisons without a value: milestones, and "complete the target assigned by the state/province". */
export const VALUELESS_COMPARISONS = [...MILESTONE_COMPARISONS, 'assigned'] as const;

export const isQuantityComparison = (c: string): boolean => (QUANTITY_COMPARISONS as readonly string[]).includes(c);
export const isMilestoneComparison = (c: string): boolean => (MILESTONE_COMPARISONS as readonly string[]).includes(c);

/** `before` is only for peak and neutrality: "2030年前" / "before 2030". */
export const TARGET_QUALIFIERS = termsFromTable(vocabularies.targetQualifiers);

/** 力争 / "strive to": a target the document aims for rather than commits to (TargetSchema.strive). */
export const TARGET_STRIVE = {
  code: 'strive',
  en: 'strive to',
  zh: '力争',
  keywords: ['strive to', 'strive for', 'endeavour to', 'endeavor to', '力争', '争取'],
} as const satisfies Term;

export const RELATION_TYPES = termsFromTable(vocabularies.relationTypes);

export const LANGUAGES = termsFromTable(vocabularies.languages);

/** Issuing bodies seen in the seed and common at national level; admins add more. */
export const ISSUING_BODIES = termsFromTable(vocabularies.issuingBodies);
