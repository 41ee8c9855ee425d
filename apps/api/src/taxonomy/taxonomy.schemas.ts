import { TARGET_COMPARISONS, TermCode } from '@dualcarbon/domain';
import { z } from 'zod';
import type { Taxonomy } from '../database/entities';

/** URL names of the taxonomies admins manage, and their taxonomy_terms.taxonomy. */
export const TAXONOMY_PATHS: Readonly<Record<string, Taxonomy>> = {
  sectors: 'sector',
  instruments: 'instrument_type',
  themes: 'theme',
  issuers: 'issuing_body',
  metrics: 'metric',
};

const Code = TermCode.max(120, 'At most 120 characters');
const Label = (lang: string) => z.string().trim().min(1, `Give the ${lang} label`).max(300, 'At most 300 characters');
const Keywords = z.array(z.string().trim().min(1).max(200)).max(200).describe('Words the classifier treats as evidence for the term');
const Comparison = z.enum(TARGET_COMPARISONS.map((c) => c.code) as [string, ...string[]]);

export const CreateTermSchema = z.strictObject({
  code: Code.describe('Stable identifier: never changes, even when the term is renamed'),
  en: Label('English'),
  zh: Label('Chinese'),
  parent: Code.nullish().describe('Code of the parent term'),
  keywords: Keywords.optional(),
  unit: z.string().trim().min(1).max(40).optional().describe('Metrics: the canonical unit (required for metrics)'),
  defaultComparison: Comparison.optional().describe('Metrics: how targets on it usually compare'),
});
export type CreateTerm = z.infer<typeof CreateTermSchema>;

export const UpdateTermSchema = z.strictObject({
  en: Label('English').optional(),
  zh: Label('Chinese').optional(),
  parent: Code.nullable().optional().describe('Move under another term (null: top level); cycles are refused'),
  keywords: Keywords.optional(),
  unit: z.string().trim().min(1).max(40).optional(),
  defaultComparison: Comparison.optional(),
});
export type UpdateTerm = z.infer<typeof UpdateTermSchema>;

export const ReorderSchema = z.strictObject({
  codes: z.array(Code).min(1).max(1000).describe('Codes in their new order (usually the children of one parent); each gets sort = its index'),
});
export type Reorder = z.infer<typeof ReorderSchema>;

export const MergeSchema = z.strictObject({ into: Code.describe('The term whose code the merged term’s entries get') });
export type Merge = z.infer<typeof MergeSchema>;
