export { classify, type ClassifyOptions } from './classify';
export type { Classification, ClassifyInput, Suggestion } from './types';
export { METRIC_TAGS } from './metric-tags';
