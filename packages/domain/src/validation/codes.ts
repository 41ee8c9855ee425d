/** Codes of validation issues. Stable: forms and API clients switch on them. */
export const VALIDATION_CODES = {
  levelMismatch: 'entry/level_region_mismatch',
  unknownRegion: 'entry/unknown_region',
  unknownSector: 'entry/unknown_sector',
  unknownTheme: 'entry/unknown_theme',
  unknownInstrument: 'entry/unknown_instrument',
  unknownMetric: 'entry/unknown_metric',
  unknownIssuingBody: 'entry/unknown_issuing_body',
  duplicateCode: 'entry/duplicate_code',
  targetYearNotAfterBase: 'entry/target_year_not_after_base_year',
  datesOutOfOrder: 'entry/dates_out_of_order',
  periodOutOfOrder: 'entry/period_out_of_order',
  valueMaxBelowValue: 'entry/value_max_below_value',
  unitMismatch: 'entry/unit_mismatch',
  percentOutOfRange: 'entry/percent_out_of_range',
  targetOutsideJurisdiction: 'entry/target_outside_jurisdiction',
  publisherRequired: 'entry/publisher_required',
  slugTaken: 'entry/slug_taken',
  duplicateSource: 'entry/duplicate_source',
  unknownFile: 'entry/unknown_file',
  expiredFile: 'entry/expired_file',
  selfRelation: 'entry/self_relation',
  duplicateRelation: 'entry/duplicate_relation',
  duplicateTarget: 'entry/duplicate_target',
} as const;

export type ValidationCode = (typeof VALIDATION_CODES)[keyof typeof VALIDATION_CODES];

/** Shape errors from the zod schema carry "schema/<zod issue code>", e.g. "schema/invalid_type". */
export const SCHEMA_CODE_PREFIX = 'schema/';

/** One problem, addressed to a form field: ['targets', 0, 'baseYear']. */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  message: string;
}
