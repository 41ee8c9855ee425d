export { parseTargets, targetKey, type TargetSuggestion, type ParseTargetsOptions, type ComparisonCode } from './parse';
export { suggestionToTarget } from './suggestion';
export { findIncompleteTargets, type IncompleteTarget } from './incomplete';
export { type QualifierCode, fypEndYear } from './markers';
export { foldText } from './text';
export {
  formatTarget,
  formatQuantity,
  formatObservationValue,
  unitLabel,
  assignerForLevel,
  type FormattableTarget,
  type FormatTargetOptions,
  type TargetLang,
} from './format';
export { convertToUnit, unitDim } from './units';
export { qualifiersFor, withComparison } from './kind';
export { entryTargetMoves, mapTargetPositions, moveTargetField, targetIdentity, targetsMoved, type EntryTargetsOf, type TargetIdentityFields } from './moves';
