import { IsoDate, NewsletterEditsSchema, NewsletterIssueSchema, Slug, WORKFLOW_STATES } from '@dualcarbon/domain';
import { z } from 'zod';

const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);
const Version = z.number().int().min(1).describe('The version the edit is based on (or send If-Match: "<version>")');
const PeriodDate = IsoDate.refine((d) => d >= '1900-01-01' && d <= '2200-12-31', 'Give a date between 1900 and 2200');
export const Lang = z.enum(['en', 'zh'], { error: 'lang is en or zh' });

/** `POST /api/editor/newsletters/compose` */
export const ComposeBodySchema = z.strictObject({
  number: z.number({ error: 'Expected an issue number' }).int().positive('Issue numbers start at 1').max(1_000_000, 'Issue numbers go up to 1000000'),
  periodFrom: PeriodDate,
  periodTo: PeriodDate,
  /** Slugs to leave out of the draft. */
  exclude: z.array(Slug).max(500).optional(),
});
export type ComposeBody = z.infer<typeof ComposeBodySchema>;

/** `PUT /api/editor/newsletters/:id` (documentation; the domain validates `data`, 422 with its codes). */
export const SaveBodyDoc = z.object({ version: Version.optional(), data: NewsletterIssueSchema });

/** `POST /api/editor/newsletters/:id/edits` */
export const EditsBodySchema = z.strictObject({ version: Version, edits: NewsletterEditsSchema });
export type EditsBody = z.infer<typeof EditsBodySchema>;

const statusList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(WORKFLOW_STATES, { error: `A status is one of ${WORKFLOW_STATES.join(', ')}` })));

/** `GET /api/editor/newsletters` */
export const EditorListQuerySchema = z.strictObject({
  status: statusList.optional().describe('Comma-separated states as editors see them'),
  page: wholeNumber('page', 1, 10_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 100).default(20),
});
export type EditorListQuery = z.infer<typeof EditorListQuerySchema>;

/** `GET /api/newsletters` */
export const PublicListQuerySchema = z.strictObject({
  page: wholeNumber('page', 1, 10_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 100).default(20),
});
export type PublicListQuery = z.infer<typeof PublicListQuerySchema>;

export const LangQuerySchema = z.strictObject({ lang: Lang.default('en') });
export type LangQuery = z.infer<typeof LangQuerySchema>;

export const VersionParamSchema = z.coerce.number({ error: 'The version is a whole number' }).int('The version is a whole number').min(1).max(2_000_000_000);
export const NumberParamSchema = z.coerce
  .number({ error: 'The issue number is a whole number' })
  .int('The issue number is a whole number')
  .positive('Issue numbers start at 1')
  .max(1_000_000);

export const RevisionsQuerySchema = z.strictObject({
  page: wholeNumber('page', 1, 10_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 100).default(20),
});
export type RevisionsQuery = z.infer<typeof RevisionsQuerySchema>;
