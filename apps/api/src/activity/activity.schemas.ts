import { z } from 'zod';

const UserRef = z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable();

/** `PUT /api/editor/entries/:id/presence` */
export const HeartbeatBodySchema = z.strictObject({
  editing: z.boolean().default(false).describe('This tab wants to hold the entry (it is open for editing, not only for reading)'),
  takeOver: z.boolean().default(false).describe('Take the entry from whoever holds it now'),
});
export type HeartbeatBody = z.infer<typeof HeartbeatBodySchema>;

export const PresenceSchema = z.object({
  you: z.object({ editing: z.boolean().describe('You hold the entry') }),
  editor: z.object({ user: UserRef, since: z.string() }).nullable().describe('Who holds the entry now, since when'),
  present: z.array(z.object({ user: UserRef, since: z.string(), seenAt: z.string(), editing: z.boolean() })).describe('Everyone with it open, you included'),
  entry: z.object({
    version: z.number().int(), workflowStatus: z.string(), workingStatus: z.string().nullable(), openComments: z.number().int(), lastEvent: z.number().int(),
  }).describe('To notice a colleague’s save, workflow move or comment'),
  heartbeatSeconds: z.number().int(),
  staleAfterSeconds: z.number().int(),
});

/** `GET /api/editor/activity?after=` */
export const ActivityQuerySchema = z.strictObject({
  after: z.coerce.number({ error: 'after is a number' }).int().min(0).optional().describe('The last event id seen; omitted: only the cursor is returned'),
  entry: z.uuid({ error: 'entry is an entry id' }).optional().describe('Only this entry’s events'),
});
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;

export const ActivitySchema = z.object({
  cursor: z.number().int().describe('Send as `after` next time'),
  items: z.array(z.object({
    id: z.number().int(), entryId: z.uuid(), kind: z.string().describe('A workflow action, comment or comment_resolved'),
    actor: UserRef, comment: z.string().nullable(), at: z.string(), title: z.object({ en: z.string().optional(), zh: z.string().optional() }),
  })).describe('Events after the cursor (the last 15 seconds are repeated: keep the ids you have seen)'),
});

/** `GET/PUT /api/editor/notifications` */
export const NotificationSettingsSchema = z.strictObject({
  email: z.boolean().describe('E-mail me when something waits on me (a review, a change request, a comment on my entry)'),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;
