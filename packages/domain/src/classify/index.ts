export { classify, type ClassifyOptions } from './classify';
export type { Classification, ClassifyInput, Suggestion } from './types';
export { METRIC_TAGS } from './metric-tags';
export { readDocumentHeader, type DocumentHeader, type HeaderIssuer, type Evidence, type ReadHeaderOptions } from './header';
