import columns from './columns.json';
import { TargetSchema } from '../schemas/target';

/** A column of the CSV import, with the help the CMS shows and the templates carry. */
export interface ImportColumn {
  name: string;
  required?: boolean;
  en: string;
  zh: string;
  example: string;
}

/**
 * The CSV import's columns (columns.json), one entry per row; lists are separated by ";". Names are accepted for
 * codes (see createNameResolver). A row with only target_… cells (slug empty or the same) adds a
 * target to the entry above it, so a plan with four targets takes four rows.
 */
export const IMPORT_COLUMNS: readonly ImportColumn[] = columns;

/** target_<field> for every field of a target; "target_year" is the target year. */
const TARGET_FIELDS = Object.keys(TargetSchema.shape);
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const TARGET_COLUMNS: readonly string[] = TARGET_FIELDS.map((f) => (f === 'targetYear' ? 'target_year' : `target_${snake(f)}`));

/** The target field a target_… column fills, or undefined. */
export function targetColumnField(column: string): string | undefined {
  const i = TARGET_COLUMNS.indexOf(column);
  return i < 0 ? undefined : TARGET_FIELDS[i];
}
