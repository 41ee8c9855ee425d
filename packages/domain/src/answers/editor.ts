import { z } from 'zod';
import { EntryInputSchema } from '../schemas/entry';
import { WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../workflow/machine';
import { LocalizedAnswerSchema, UserRefSchema, pageOf } from './common';

const State = z.enum(WORKFLOW_STATES);

/** One move in an entry's workflow. */
export const TransitionRecordSchema = z.object({
  action: z.enum(WORKFLOW_ACTIONS),
  scope: z.enum(['entry', 'working']).describe('working: it moved the working revision of a published entry'),
  from: State,
  to: State,
  actor: UserRefSchema,
  comment: z.string().nullable(),
  version: z.number().int(),
  at: z.string(),
});
export type TransitionRecord = z.infer<typeof TransitionRecordSchema>;

/** `GET /api/editor/entries/:id` and the answer of every write to one entry. */
export const EntryDetailSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  version: z.number().int(),
  workflowStatus: State.describe('The state editors see (the revision’s, while a published entry is revised)'),
  entryStatus: State.describe('The entry’s own state; the public sees it when published'),
  workingStatus: State.nullable().describe('State of the working revision of a published entry; null when there is none'),
  hasWorkingRevision: z.boolean(),
  editable: z.boolean().describe('Whether this user may save content now (the state allows it and the user is an editor or admin)'),
  readOnlyReason: z.enum(['status', 'role']).nullable().describe('Why not: the state, or this user’s roles (reviewers read and comment)'),
  authorId: z.uuid().nullable(),
  author: UserRefSchema,
  submitterId: z.uuid().nullable(),
  submittedBy: UserRefSchema,
  submittedAt: z.string().nullable(),
  data: EntryInputSchema.describe('The working copy'),
  published: EntryInputSchema.nullable().describe('What the public sees now'),
  publishedVersion: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  availableActions: z.array(z.enum(WORKFLOW_ACTIONS)),
  openComments: z.number().int(),
  history: z.array(TransitionRecordSchema).describe('Workflow moves, newest first (at most 50)'),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: UserRefSchema,
});
export type EntryDetail = z.infer<typeof EntryDetailSchema>;

/** One row of the CMS's entry list. */
export const EntryListItemSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: LocalizedAnswerSchema,
  kind: z.string(),
  jurisdiction: z.string(),
  level: z.string(),
  workflowStatus: State,
  entryStatus: State,
  hasWorkingRevision: z.boolean(),
  version: z.number().int(),
  authorId: z.uuid().nullable(),
  author: UserRefSchema,
  submittedBy: UserRefSchema,
  updatedBy: UserRefSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  lastPublishedAt: z.string().nullable(),
});
export type EntryListItem = z.infer<typeof EntryListItemSchema>;

/** `GET /api/editor/entries` */
export const EntryListSchema = pageOf(EntryListItemSchema);
export type EntryList = z.infer<typeof EntryListSchema>;

const BucketSchema = z.object({ count: z.number().int(), items: z.array(EntryListItemSchema) });
export type DashboardBucket = z.infer<typeof BucketSchema>;

/** `GET /api/editor/dashboard` */
export const DashboardSchema = z.object({
  myDrafts: BucketSchema,
  changesRequested: BucketSchema,
  reviewQueue: BucketSchema.nullable().describe('null unless reviewer or admin'),
  readyToPublish: BucketSchema.nullable().describe('Approved, waiting to be published; null unless reviewer or admin'),
  recentlyPublished: BucketSchema.describe('Published in the last 30 days'),
  byStatus: z.record(z.string(), z.number().int()),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** A review comment on an entry. */
export const CommentSchema = z.object({
  id: z.string(),
  entryId: z.uuid(),
  field: z.string().nullable(),
  body: z.string(),
  action: z.string().nullable(),
  version: z.number().int(),
  author: UserRefSchema,
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: UserRefSchema,
});
export type Comment = z.infer<typeof CommentSchema>;

export const CommentListSchema = z.object({ items: z.array(CommentSchema), total: z.number().int() });
export type CommentList = z.infer<typeof CommentListSchema>;

/** 409 of a save based on an old version: the current version, to merge with. */
export const StaleVersionSchema = z.object({
  statusCode: z.literal(409),
  code: z.literal('entry/stale_version'),
  message: z.string(),
  current: z.object({ version: z.number().int(), data: EntryInputSchema, updatedBy: UserRefSchema, updatedAt: z.string() }),
});
export type StaleVersion = z.infer<typeof StaleVersionSchema>;

/** One saved version of an entry. */
export const RevisionSchema = z.object({
  version: z.number().int(),
  workflowStatus: State.describe('The state the entry (or its revision) was in when this was saved'),
  note: z.string().nullable().describe('create, save, autosave, restore:<version>, publish, discard, retag, import; null for the seeder'),
  createdAt: z.string(),
  createdBy: UserRefSchema,
  published: z.boolean().describe('This version is the public copy now'),
  current: z.boolean().describe('This version is the working copy now'),
});
export type Revision = z.infer<typeof RevisionSchema>;

/** `GET /api/editor/entries/:id/revisions/:version` */
export const RevisionWithDataSchema = RevisionSchema.extend({ data: EntryInputSchema });
export type RevisionWithData = z.infer<typeof RevisionWithDataSchema>;

/** `GET /api/editor/entries/:id/revisions` */
export const RevisionListSchema = pageOf(RevisionSchema).extend({
  foldedAutosaves: z.number().int().describe('Autosaves left out (autosaves=latest); 0 with autosaves=all'),
});
export type RevisionList = z.infer<typeof RevisionListSchema>;

const DiffSide = z.object({ ref: z.union([z.number().int(), z.enum(['published', 'current'])]), version: z.number().int().nullable(), data: EntryInputSchema });

export const FieldChangeSchema = z.object({
  path: z.string().describe('e.g. targets.0.value'),
  type: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** `GET /api/editor/entries/:id/revisions/diff` */
export const DiffSchema = z.object({ from: DiffSide, to: DiffSide, changes: z.array(FieldChangeSchema) });
export type Diff = z.infer<typeof DiffSchema>;

/** `PUT /api/editor/entries/:id/presence` */
export const PresenceSchema = z.object({
  you: z.object({ editing: z.boolean().describe('You hold the entry') }),
  editor: z.object({ user: UserRefSchema, since: z.string() }).nullable().describe('Who holds the entry now, since when'),
  present: z
    .array(z.object({ user: UserRefSchema, since: z.string(), seenAt: z.string(), editing: z.boolean() }))
    .describe('Everyone with it open, you included'),
  entry: z
    .object({
      version: z.number().int(),
      workflowStatus: State,
      workingStatus: State.nullable(),
      openComments: z.number().int(),
      lastEvent: z.number().int(),
    })
    .describe('To notice a colleague’s save, workflow move or comment'),
  heartbeatSeconds: z.number().int(),
  staleAfterSeconds: z.number().int(),
});
export type Presence = z.infer<typeof PresenceSchema>;

export const ActivityEventSchema = z.object({
  id: z.number().int(),
  entryId: z.uuid(),
  kind: z.string().describe('A workflow action, comment or comment_resolved'),
  actor: UserRefSchema,
  comment: z.string().nullable(),
  at: z.string(),
  title: LocalizedAnswerSchema,
});
export type ActivityEvent = z.infer<typeof ActivityEventSchema>;

/** `GET /api/editor/activity?after=` */
export const ActivitySchema = z.object({
  cursor: z.number().int().describe('Send as `after` next time'),
  items: z.array(ActivityEventSchema).describe('Events after the cursor (the last 15 seconds are repeated: keep the ids you have seen)'),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** `GET/PUT /api/editor/notifications` (also the PUT's body). */
export const NotificationSettingsSchema = z.strictObject({
  email: z.boolean().describe('E-mail me when something waits on me (a review, a change request, a comment on my entry)'),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

const ImportIssue = z.object({ path: z.string(), code: z.string(), message: z.string() });
export const ImportRowSchema = z.object({
  row: z.number().int().describe('1 = the first entry (the first line after the CSV header)'),
  ok: z.boolean(),
  slug: z.string().nullable(),
  issues: z.array(ImportIssue),
  entryId: z.uuid().optional().describe('Set once the draft is created'),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

/** `POST /api/editor/import` */
export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  jobId: z.uuid().nullable().describe('Follow progress at GET /api/editor/import/{jobId}; null for a dry run'),
  format: z.enum(['csv', 'json']),
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  rows: z.array(ImportRowSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** `GET /api/editor/import/:jobId` */
export const ImportJobSchema = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'done', 'failed']),
  format: z.enum(['csv', 'json']),
  total: z.number().int().describe('Valid rows to create'),
  processed: z.number().int(),
  created: z.number().int(),
  failed: z.number().int(),
  percent: z.number().int(),
  rows: z.array(ImportRowSchema),
  createdBy: UserRefSchema,
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;
