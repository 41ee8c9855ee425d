import { EntryInputSchema, PublicSourceSchema } from '@dualcarbon/domain';
import { z } from 'zod';

// Response shapes below document the API (OpenAPI); the service's types are the domain's.

const Localized = z.object({ en: z.string().optional(), zh: z.string().optional() });

export const RegionViewSchema = z.object({
  code: z.string(),
  parent: z.string().nullable(),
  kind: z.enum(['country', 'province', 'city', 'zone']),
  en: z.string(),
  zh: z.string(),
  enShort: z.string(),
  zhShort: z.string(),
});

export const EntrySummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: z.string(),
  title: Localized,
  summary: Localized,
  jurisdiction: z.string(),
  region: RegionViewSchema.nullable(),
  level: z.string(),
  sectors: z.array(z.string()),
  instrumentType: z.string().optional(),
  themes: z.array(z.string()),
  ghgs: z.array(z.string()),
  status: z.string(),
  issuedOn: z.string().optional().describe('YYYY-MM-DD'),
  documentNumber: z.string().optional().describe('文号 as printed, e.g. 粤府〔2022〕56号'),
  publishedAt: z.string().describe('ISO 8601 timestamp'),
});
export type EntrySummary = z.infer<typeof EntrySummarySchema>;

/** The domain's entry plus id, timestamps and the jurisdiction's names. */
export const PublicEntrySchema = EntryInputSchema.extend({
  sources: z.array(PublicSourceSchema).describe('Where the facts come from; a source without url is a document the editors hold as a file (never public), named by its title'),
  id: z.uuid(),
  region: RegionViewSchema.nullable(),
  publishedAt: z.string().describe('ISO 8601 timestamp'),
  updatedAt: z.string().describe('ISO 8601 timestamp'),
});

export const ErrorSchema = z.object({
  statusCode: z.number().int(),
  code: z.string().describe('Stable error code, e.g. entry/not_found or request/invalid'),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
