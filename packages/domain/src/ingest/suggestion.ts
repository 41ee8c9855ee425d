/**
 * What `POST /api/editor/ingest` answers: a suggested draft read from one document, saved nowhere.
 *
 * Every suggestion has the same shape, `{ value, evidence, confidence }`:
 * - `value` is in the entry's own vocabulary (a taxonomy code, a region code, an ISO date, a Target …),
 *   ready to drop into the matching `EntryInput` field;
 * - `evidence` is where it was read: `{ start, end, text }`, offsets (UTF-16 code units, as JavaScript
 *   strings count) into the answer's `text`, so `text.slice(start, end) === evidence.text`; `null` when the
 *   value was inferred rather than read (a level derived from the jurisdiction);
 * - `confidence` is 0–1, how sure the reader is (ordering and highlighting, not a probability).
 * A single-valued field the reader found nothing for is `null`; a list is empty.
 */
import { z } from 'zod';
import { IsoDate, Language, Level, LocalizedText, RegionCode, RelationType, Slug, TermCode, Year } from '../schemas/primitives';
import { TargetSchema } from '../schemas/target';

export const INGEST_FORMATS = ['pdf', 'docx', 'html', 'txt', 'text'] as const;
/** `text` is the JSON form (`{text}`); the others are uploaded files. */
export const IngestFormat = z.enum(INGEST_FORMATS);
export type IngestFormat = z.infer<typeof IngestFormat>;

/** A stretch of the extracted text. */
export const TextSpanSchema = z.object({
  start: z.number().int().nonnegative().describe('Offset of the first character in `text`'),
  end: z.number().int().nonnegative().describe('Offset just past the last character'),
  text: z.string().describe('text.slice(start, end)'),
});
export type TextSpan = z.infer<typeof TextSpanSchema>;

const Confidence = z.number().min(0).max(1).describe('0–1: how sure the reader is');

/** `{ value, evidence, confidence }` around a value schema. */
export const suggested = <T extends z.ZodType>(value: T) => z.object({ value, evidence: TextSpanSchema.nullable(), confidence: Confidence });
export interface Suggested<T> {
  value: T;
  evidence: TextSpan | null;
  confidence: number;
}

export const IssuingBodySuggestionSchema = suggested(TermCode).extend({
  name: z.string().describe('The body as printed ("某省人民政府", "State Council")'),
});

/** A quantified target: the value is a Target; the evidence is the clause it was read from. */
export const TargetSuggestionSchema = suggested(TargetSchema).extend({
  evidence: TextSpanSchema.describe('The clause stating the target (its sentence), offsets into `text`'),
  reasons: z.array(z.string()).describe('The words that led to each part of the target (value, metric, year …)'),
});

/** An existing entry the document refers to or may repeat. */
export const EntryRefSchema = z.object({
  id: z.uuid(),
  slug: Slug,
  title: LocalizedText(500),
  workflowStatus: z.string().describe('Editorial state: draft, in_review, published …'),
});
export type EntryRef = z.infer<typeof EntryRefSchema>;

export const CitedDocumentSchema = z.object({
  title: z.string().describe('The cited title as printed, without 《》 or quotes'),
  evidence: TextSpanSchema.describe('Its first citation in `text`'),
  implements: z.boolean().describe('Cited as the document this one implements ("为贯彻落实《…》", "to implement the …")'),
  entry: EntryRefSchema.nullable().describe('The existing entry with this title, when there is one'),
});
export type CitedDocument = z.infer<typeof CitedDocumentSchema>;

export const RelationSuggestionSchema = suggested(z.object({ type: RelationType, target: Slug })).extend({
  entry: EntryRefSchema,
});

export const DuplicateSuggestionSchema = suggested(EntryRefSchema).extend({
  reason: z.enum(['document_number', 'title']).describe('Same document number, or a near-same title'),
  similarity: z.number().min(0).max(1).describe('1 for the same document number; trigram similarity of the titles otherwise'),
});

/** The draft fields, each a suggestion (see the file comment). */
export const IngestFieldsSchema = z.object({
  title: suggested(z.string()).nullable().describe('The entry title in the document’s language: the 《…》 name a cover notice transmits, else the heading'),
  heading: suggested(z.string()).nullable().describe('The heading as printed (may be the cover notice: "…关于印发《…》的通知")'),
  documentNumber: suggested(z.string()).nullable().describe('文号 as printed, e.g. "国发〔2021〕23号"'),
  issuingBodies: z.array(IssuingBodySuggestionSchema),
  issuedOn: suggested(IsoDate).nullable().describe('The 落款 (signature) date, else the 印发 date or a labelled date'),
  effectiveOn: suggested(IsoDate).nullable(),
  expiresOn: suggested(IsoDate).nullable(),
  periodFrom: suggested(Year).nullable().describe('First year of the period the document covers'),
  periodTo: suggested(Year).nullable().describe('Last year of the period the document covers or of its validity'),
  level: suggested(Level).nullable(),
  jurisdiction: suggested(RegionCode).nullable(),
  instrumentType: suggested(TermCode).nullable(),
  sectors: z.array(suggested(TermCode)),
  themes: z.array(suggested(TermCode)),
  ghgs: z.array(suggested(TermCode)),
});
export type IngestFields = z.infer<typeof IngestFieldsSchema>;

export const IngestSuggestionSchema = z.object({
  format: IngestFormat,
  pages: z.number().int().positive().nullable().describe('Pages of a PDF; null for other formats'),
  language: Language.describe('The document’s main language'),
  text: z.string().describe('The extracted plain text; paragraphs are separated by a blank line ("\\n\\n"); all offsets point into it'),
  fields: IngestFieldsSchema,
  targets: z.array(TargetSuggestionSchema).describe('Every quantified target, in document order'),
  citedDocuments: z.array(CitedDocumentSchema).describe('Documents cited by title (《…》, quoted titles), first citation first'),
  relations: z
    .array(RelationSuggestionSchema)
    .describe('Relations to existing entries: implements for the cited document being implemented, related for other cited entries'),
  duplicates: z.array(DuplicateSuggestionSchema).describe('Existing entries this document may be: same document number, or a near-same title'),
  warnings: z.array(z.string()).describe('What the reader could not do (text cut at the limit, no title found …)'),
});
export type IngestSuggestion = z.infer<typeof IngestSuggestionSchema>;

/** The JSON form of the request: pasted text. */
export const IngestTextInputSchema = z.strictObject({
  text: z.string({ error: 'Send the document as text' }).trim().min(1, 'The text is empty').max(1_000_000, 'At most 1,000,000 characters'),
});
export type IngestTextInput = z.infer<typeof IngestTextInputSchema>;
