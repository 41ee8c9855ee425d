export * from './codes';
export { STATIC_TAXONOMY, type RegionLookup, type SourceFileStatus, type TaxonomySets, type ValidationContext } from './context';
export { validateEntry, normalizeUrl } from './validate';
export { parseEntryInput, zodIssues, type ParseEntryResult } from './parse';
