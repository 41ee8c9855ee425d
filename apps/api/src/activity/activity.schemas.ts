import { z } from 'zod';

/** `PUT /api/editor/entries/:id/presence` */
export const HeartbeatBodySchema = z.strictObject({
  editing: z.boolean().default(false).describe('This tab wants to hold the entry (it is open for editing, not only for reading)'),
  takeOver: z.boolean().default(false).describe('Take the entry from whoever holds it now'),
});
export type HeartbeatBody = z.infer<typeof HeartbeatBodySchema>;

/** `GET /api/editor/activity?after=` */
export const ActivityQuerySchema = z.strictObject({
  after: z.coerce.number({ error: 'after is a number' }).int().min(0).optional().describe('The last event id seen; omitted: only the cursor is returned'),
  entry: z.uuid({ error: 'entry is an entry id' }).optional().describe('Only this entry’s events'),
});
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;
