import { z } from 'zod';
import { ENTRY_KINDS, GHGS, LANGUAGES, LEVELS, POLICY_STATUSES, RELATION_TYPES, TARGET_COMPARISONS, TARGET_QUALIFIERS } from '../taxonomies/enums';
import { codesOf } from '../taxonomies/types';

/** Messages are written for the person filling in a form; the API returns the same ones. */
export const EntryKind = z.enum(codesOf(ENTRY_KINDS), { error: 'Choose policy, action or report' });
export const Level = z.enum(codesOf(LEVELS), { error: 'Choose a level: national, provincial, city, county or zone' });
export const PolicyStatus = z.enum(codesOf(POLICY_STATUSES), { error: 'Choose a status' });
export const Ghg = z.enum(codesOf(GHGS), { error: 'Unknown greenhouse gas' });
export const TargetComparison = z.enum(codesOf(TARGET_COMPARISONS), { error: 'Choose how the target is compared' });
export const TargetQualifier = z.enum(codesOf(TARGET_QUALIFIERS), { error: 'Unknown qualifier' });
export const RelationType = z.enum(codesOf(RELATION_TYPES), { error: 'Choose implements, supersedes or related' });
export const Language = z.enum(codesOf(LANGUAGES), { error: 'Language is en or zh' });

export type EntryKind = z.infer<typeof EntryKind>;
export type Level = z.infer<typeof Level>;
export type PolicyStatus = z.infer<typeof PolicyStatus>;
export type Ghg = z.infer<typeof Ghg>;
export type TargetComparison = z.infer<typeof TargetComparison>;
export type TargetQualifier = z.infer<typeof TargetQualifier>;
export type RelationType = z.infer<typeof RelationType>;
export type Language = z.infer<typeof Language>;

/** Taxonomy codes are open sets (admins add terms), so the shape is checked here and existence by validateEntry. */
export const TermCode = z
  .string({ error: 'Expected a code' })
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, 'Codes are lower-case letters, digits and underscores, dot-separated');

/** GB/T 2260 six-digit code, or a zone code: the city's code, "-", and a short slug. */
export const RegionCode = z
  .string({ error: 'Expected a region code' })
  .regex(/^(CN|\d{6}(-[a-z0-9-]{1,40})?)$/, 'Region codes are CN, a six-digit GB/T 2260 code, or a zone code such as 120100-binhai');

export const Slug = z
  .string({ error: 'Expected a slug' })
  .min(3, 'Slug must be at least 3 characters')
  .max(120, 'Slug must be at most 120 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Slug may contain lower-case letters, digits and single hyphens');

export const IsoDate = z
  .string({ error: 'Expected a date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), 'Not a real calendar date');

export const Year = z
  .number({ error: 'Expected a year' })
  .int('Year must be a whole number')
  .min(1950, 'Year must be 1950 or later')
  .max(2100, 'Year must be 2100 or earlier');

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

/** Text in English and/or Chinese. Empty strings are treated as missing. */
export const LocalizedText = (max = 2000) =>
  z.object({
    en: text(max)
      .optional()
      .transform((s) => (s ? s : undefined)),
    zh: text(max)
      .optional()
      .transform((s) => (s ? s : undefined)),
  });
export type LocalizedText = { en?: string; zh?: string };

export const HttpUrl = z
  .string({ error: 'Expected a URL' })
  .trim()
  .max(2000, 'URL is too long')
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Sources must be http(s) URLs');
