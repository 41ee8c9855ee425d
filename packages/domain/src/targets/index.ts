export { parseTargets, type TargetSuggestion, type ParseTargetsOptions, type ComparisonCode } from './parse';
export { suggestionToTarget } from './suggestion';
export { findIncompleteTargets, type IncompleteTarget } from './incomplete';
export { type QualifierCode, fypEndYear } from './markers';
export { foldText } from './text';
