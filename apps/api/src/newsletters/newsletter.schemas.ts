import { IsoDate, NewsletterEditsSchema, NewsletterIssueSchema, Slug } from '@dualcarbon/domain';
import { z } from 'zod';
import { statusList, Version, wholeNumber } from '../common/schema-parts';

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

/** `GET /api/editor/newsletters` */
export const EditorListQuerySchema = z.strictObject({
  status: statusList.optional().describe('Comma-separated states as editors see them'),
  page: wholeNumber('page', 1, 10_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 100).default(20),
});
export type EditorListQuery = z.infer<typeof EditorListQuerySchema>;

/** A page of a list: `GET /api/newsletters` and an issue's revisions. */
const PageQuerySchema = z.strictObject({
  page: wholeNumber('page', 1, 10_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 100).default(20),
});

/** `GET /api/newsletters` */
export const PublicListQuerySchema = PageQuerySchema;
export type PublicListQuery = z.infer<typeof PublicListQuerySchema>;

export const LangQuerySchema = z.strictObject({ lang: Lang.default('en') });
export type LangQuery = z.infer<typeof LangQuerySchema>;

export const VersionParamSchema = z.coerce.number({ error: 'The version is a whole number' }).int('The version is a whole number').min(1).max(2_000_000_000);
export const NumberParamSchema = z.coerce
  .number({ error: 'The issue number is a whole number' })
  .int('The issue number is a whole number')
  .positive('Issue numbers start at 1')
  .max(1_000_000);

/** `GET /api/editor/newsletters/:id/revisions` */
export const RevisionsQuerySchema = PageQuerySchema;
export type RevisionsQuery = z.infer<typeof RevisionsQuerySchema>;
