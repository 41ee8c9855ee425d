import { z } from 'zod';
import { NewsletterIssueSchema } from '../newsletter/schema';
import { WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../workflow/machine';
import { LocalizedAnswerSchema, UserRefSchema, pageOf } from './common';

const State = z.enum(WORKFLOW_STATES);

/** An entry an issue presents, as the CMS shows it beside the item. */
export const IssueEntryRefSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: LocalizedAnswerSchema,
  kind: z.string(),
  level: z.string(),
  workflowStatus: State,
  published: z.boolean().describe('Only published entries appear in public outputs'),
});
export type IssueEntryRef = z.infer<typeof IssueEntryRefSchema>;

/** `GET /api/editor/newsletters/:id` and the answer of every write to one issue. */
export const NewsletterDetailSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  version: z.number().int(),
  workflowStatus: State.describe('The state editors see (the revision’s while a published issue is revised)'),
  issueStatus: State.describe('The issue’s own state; the public sees it when published'),
  workingStatus: State.nullable(),
  hasWorkingRevision: z.boolean(),
  editable: z.boolean(),
  authorId: z.uuid().nullable(),
  author: UserRefSchema,
  submittedBy: UserRefSchema,
  submittedAt: z.string().nullable(),
  updatedBy: UserRefSchema,
  data: NewsletterIssueSchema.describe('The working copy'),
  published: NewsletterIssueSchema.nullable().describe('What the public sees now'),
  publishedVersion: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  availableActions: z.array(z.enum(WORKFLOW_ACTIONS)),
  problems: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).describe('What keeps the issue from review (validateNewsletter)'),
  entries: z.record(z.string(), IssueEntryRefSchema).describe('The entries the issue presents, by slug (deleted ones are left out)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NewsletterDetail = z.infer<typeof NewsletterDetailSchema>;

export const NewsletterListItemSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: LocalizedAnswerSchema,
  periodFrom: z.string(),
  periodTo: z.string(),
  workflowStatus: State,
  issueStatus: State,
  version: z.number().int(),
  items: z.number().int().describe('Entries the issue presents'),
  author: UserRefSchema,
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type NewsletterListItem = z.infer<typeof NewsletterListItemSchema>;

/** `GET /api/editor/newsletters` */
export const NewsletterListSchema = pageOf(NewsletterListItemSchema);
export type NewsletterList = z.infer<typeof NewsletterListSchema>;

export const NewsletterTransitionSchema = z.object({
  action: z.enum(WORKFLOW_ACTIONS),
  from: State,
  to: State,
  comment: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  actor: UserRefSchema,
});
/** `GET /api/editor/newsletters/:id/history`: newest first, at most 200. */
export const NewsletterHistorySchema = z.object({ items: z.array(NewsletterTransitionSchema) });
export type NewsletterHistory = z.infer<typeof NewsletterHistorySchema>;

export const NewsletterRevisionSchema = z.object({
  version: z.number().int(),
  workflowStatus: State,
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: UserRefSchema,
});
/** `GET /api/editor/newsletters/:id/revisions` */
export const NewsletterRevisionListSchema = pageOf(NewsletterRevisionSchema);
export type NewsletterRevisionList = z.infer<typeof NewsletterRevisionListSchema>;
/** `GET /api/editor/newsletters/:id/revisions/:version` */
export const NewsletterRevisionWithDataSchema = NewsletterRevisionSchema.extend({ data: NewsletterIssueSchema });
export type NewsletterRevisionWithData = z.infer<typeof NewsletterRevisionWithDataSchema>;

const PublicItem = z.object({
  entry: z.string().describe('The entry’s slug'),
  title: LocalizedAnswerSchema,
  lead: LocalizedAnswerSchema.optional(),
  blurb: LocalizedAnswerSchema,
  bullets: z.array(LocalizedAnswerSchema),
});
const PublicSection = z.object({
  code: z.string(),
  title: LocalizedAnswerSchema,
  lead: LocalizedAnswerSchema,
  groups: z.array(
    z.object({
      heading: LocalizedAnswerSchema,
      lead: LocalizedAnswerSchema.optional(),
      sharedBullets: z.array(LocalizedAnswerSchema).optional(),
      items: z.array(PublicItem),
    }),
  ),
});

/** `GET /api/newsletters/:number`: a published issue (published entries only). */
export const PublicIssueSchema = z.object({
  number: z.number().int(),
  title: LocalizedAnswerSchema,
  periodFrom: z.string(),
  periodTo: z.string(),
  intro: LocalizedAnswerSchema,
  imageCredit: LocalizedAnswerSchema.optional(),
  sections: z.array(PublicSection),
  about: z.array(z.object({ title: LocalizedAnswerSchema, text: LocalizedAnswerSchema })).optional(),
  publishedAt: z.string(),
  updatedAt: z.string(),
  url: z.string().describe('Portal path, e.g. /briefings/1 (add /en or /zh in front)'),
  links: z.object({ markdown: z.string(), emailHtml: z.string(), feed: z.string() }),
});
export type PublicIssue = z.infer<typeof PublicIssueSchema>;

/** `GET /api/newsletters` */
export const PublicIssueListSchema = pageOf(PublicIssueSchema);
export type PublicIssueList = z.infer<typeof PublicIssueListSchema>;

const Counts = z.object({ queued: z.number(), sending: z.number(), sent: z.number(), failed: z.number(), skipped: z.number(), total: z.number() });

/** `POST /api/editor/newsletters/:id/send` and `GET …/sends` */
export const SendProgressSchema = z.object({
  number: z.number().int(),
  queued: z.number().int().optional().describe('Rows this request added (POST only)'),
  counts: Counts,
  confirmedSubscribers: z.number().int(),
  done: z.boolean(),
  items: z.array(
    z.object({
      recipient: z.string().describe('Full address for admins, masked (a***e@e***.org) for everyone else'),
      status: z.enum(['queued', 'sending', 'sent', 'failed', 'skipped']),
      attempts: z.number().int(),
      error: z.string().nullable(),
      sentAt: z.string().nullable(),
      updatedAt: z.string(),
    }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type SendProgress = z.infer<typeof SendProgressSchema>;

/** `GET /api/editor/subscribers/counts` */
export const SubscriberCountsSchema = z.object({ pending: z.number().int(), confirmed: z.number().int(), unsubscribed: z.number().int() });
export type SubscriberCounts = z.infer<typeof SubscriberCountsSchema>;

/** `POST /api/subscriptions` */
export const SubscribeAnswerSchema = z.object({
  status: z.literal('pending'),
  message: z.string().describe('The same answer for every address: whether it was subscribed already is not revealed'),
});
export type SubscribeAnswer = z.infer<typeof SubscribeAnswerSchema>;

/** `GET /api/subscriptions/confirm`, `POST /api/subscriptions/unsubscribe` */
export const TokenAnswerSchema = z.object({ status: z.enum(['confirmed', 'unsubscribed']), lang: z.enum(['en', 'zh']) });
export type TokenAnswer = z.infer<typeof TokenAnswerSchema>;

/** The body RFC 8058 mail clients POST to the List-Unsubscribe URL. */
export const ONE_CLICK_BODY = 'List-Unsubscribe=One-Click';

/** `GET /api/subscriptions/unsubscribe` as JSON: the link checked, nothing changed. */
export const UnsubscribeCheckAnswerSchema = z.object({
  status: z.enum(['pending', 'confirmed', 'unsubscribed']).describe('Where the subscriber stands now: the GET changes nothing'),
  lang: z.enum(['en', 'zh']),
  unsubscribe: z
    .object({ method: z.literal('POST'), body: z.literal(ONE_CLICK_BODY) })
    .describe('How to unsubscribe: POST to this same URL (RFC 8058 one-click)'),
  message: z.string(),
});
export type UnsubscribeCheckAnswer = z.infer<typeof UnsubscribeCheckAnswerSchema>;
