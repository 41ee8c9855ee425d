import { z } from 'zod';
import { EntryKind, Ghg, HttpUrl, IsoDate, Language, Level, LocalizedText, PolicyStatus, RegionCode, RelationType, Slug, TermCode, Year } from './primitives';
import { ObservationSchema, TargetSchema } from './target';

const SourceFields = {
  /** The document's public address. */
  url: HttpUrl.optional(),
  title: z.string().trim().max(500, 'At most 500 characters').optional(),
  language: Language.default('zh'),
  publisher: z.string().trim().max(300).optional(),
  official: z.boolean().default(true),
};

export const SOURCE_NEEDS_URL_OR_FILE = 'Give the web address, or attach the document as a file';

/**
 * Where an entry's facts come from: a web page, or the document itself uploaded as a file (`file`, the id of
 * one of the entry's files). The file is for editors only: public answers drop `file` (PublicSourceSchema), so
 * a source without a `url` is shown there by its title alone, never with a link to the editorial copy.
 */
export const SourceSchema = z
  .object({
    ...SourceFields,
    /** An uploaded copy of the document, among the entry's files (GET /api/editor/entries/:id/files). */
    file: z.uuid({ error: 'Expected the id of an uploaded file' }).optional(),
  })
  .refine((s) => s.url !== undefined || s.file !== undefined, { message: SOURCE_NEEDS_URL_OR_FILE, path: ['url'] });
export type Source = z.infer<typeof SourceSchema>;

/** A source as the public API gives it: no `file`; `url` absent when the document has no public address. */
export const PublicSourceSchema = z.object(SourceFields);
export type PublicSource = z.infer<typeof PublicSourceSchema>;

/** What the public may see of a source: everything but the editorial file. */
export const toPublicSource = ({ file: _file, ...rest }: Source): PublicSource => rest;

export const RelationSchema = z.object({
  type: RelationType,
  /** Slug of the other entry. */
  target: Slug,
});
export type Relation = z.infer<typeof RelationSchema>;

/** Where an entry appeared in a newsletter issue; keeps the seed's section structure. */
export const NewsletterPlacementSchema = z.object({
  issue: z.number().int().positive(),
  section: z.enum(['top_news', 'subnational_updates', 'perspectives']),
  group: z.string().max(300).optional(),
  order: z.number().int().nonnegative(),
});
export type NewsletterPlacement = z.infer<typeof NewsletterPlacementSchema>;

const Title = LocalizedText(500).refine((t) => !!(t.en || t.zh), { message: 'Give a title in English or Chinese', path: ['en'] });

/** 文号 as printed: "粤府〔2022〕56号", "国发〔2021〕23号". */
export const DocumentNumber = z
  .string({ error: 'Expected a document number' })
  .trim()
  .max(100, 'At most 100 characters')
  .transform((s) => (s ? s : undefined))
  .optional();

/** The editable content of an entry, as a form or the API receives it. */
export const EntryInputSchema = z.object({
  kind: EntryKind,
  slug: Slug,
  title: Title,
  summary: LocalizedText(5000).default({ en: undefined, zh: undefined }),
  keyPoints: z.array(LocalizedText(2000)).max(50, 'At most 50 key points').default([]),
  /** Reports name who published them (e.g. a think tank). */
  publisher: z.string().trim().max(300).optional(),
  issuingBodies: z.array(TermCode).max(20).default([]),
  jurisdiction: RegionCode,
  level: Level,
  sectors: z.array(TermCode).max(30).default([]),
  instrumentType: TermCode.optional(),
  themes: z.array(TermCode).max(30).default([]),
  ghgs: z.array(Ghg).max(10).default([]),
  status: PolicyStatus.default('in_force'),
  issuedOn: IsoDate.optional(),
  effectiveOn: IsoDate.optional(),
  expiresOn: IsoDate.optional(),
  /** 文号, e.g. "粤府〔2022〕56号". */
  documentNumber: DocumentNumber,
  /** Years the document covers or is valid for: a plan "for 2023–2035" → 2023, 2035; "to 2025 and 2030" → periodTo 2030. */
  periodFrom: Year.optional(),
  periodTo: Year.optional(),
  sources: z.array(SourceSchema).max(30).default([]),
  targets: z.array(TargetSchema).max(200).default([]),
  observations: z.array(ObservationSchema).max(200).default([]),
  relations: z.array(RelationSchema).max(50).default([]),
  newsletter: z.array(NewsletterPlacementSchema).max(20).default([]),
});
export type EntryInput = z.input<typeof EntryInputSchema>;
export type EntryData = z.infer<typeof EntryInputSchema>;

/** A published entry as the public API returns it. */
export interface PublicEntry extends Omit<EntryData, 'sources'> {
  sources: PublicSource[];
  id: string;
  publishedAt: string;
  updatedAt: string;
}
