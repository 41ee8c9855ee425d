import { z } from 'zod';

const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`);

export const SendsQuerySchema = z.strictObject({
  page: wholeNumber('page', 1, 100_000).default(1),
  pageSize: wholeNumber('pageSize', 1, 200).default(50),
});
export type SendsQuery = z.infer<typeof SendsQuerySchema>;

const Counts = z.object({ queued: z.number(), sending: z.number(), sent: z.number(), failed: z.number(), skipped: z.number(), total: z.number() });
export const SendProgressSchema = z.object({
  number: z.number().int(),
  queued: z.number().int().optional().describe('Rows this request added (POST only)'),
  counts: Counts,
  confirmedSubscribers: z.number().int(),
  done: z.boolean(),
  items: z.array(z.object({
    recipient: z.string().describe('Full address for admins, masked (a***e@e***.org) for everyone else'),
    status: z.enum(['queued', 'sending', 'sent', 'failed', 'skipped']),
    attempts: z.number().int(),
    error: z.string().nullable(),
    sentAt: z.string().nullable(),
    updatedAt: z.string(),
  })),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const SubscriberCountsSchema = z.object({ pending: z.number().int(), confirmed: z.number().int(), unsubscribed: z.number().int() });
