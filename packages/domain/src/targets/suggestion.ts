import type { TargetInput } from '../schemas/target';
import type { TargetSuggestion } from './parse';

/** A suggestion an editor accepted, as a TargetInput (confidence and evidence dropped). */
export function suggestionToTarget(s: TargetSuggestion): TargetInput {
  const { confidence: _c, evidence: _e, ...target } = s;
  return target;
}
