export { createNameResolver, type NameIssue, type NameVocabulary } from './names';
export { IMPORT_COLUMNS, TARGET_COLUMNS, targetColumnField, type ImportColumn } from './columns';
