import { z } from 'zod';

/** `POST /api/subscriptions` */
export const SubscribeBodySchema = z.strictObject({
  email: z.string({ error: 'Give an e-mail address' }).trim().toLowerCase().max(320, 'At most 320 characters').pipe(z.email('Enter an e-mail address like name@example.org')),
  lang: z.enum(['en', 'zh'], { error: 'lang is en or zh' }).default('en'),
});
export type SubscribeBody = z.infer<typeof SubscribeBodySchema>;

/** `?token=` of the signed links (loose: mail clients may add their own parameters). */
export const TokenQuerySchema = z.object({ token: z.string({ error: 'The link has no token' }).max(1000) });
export type TokenQuery = z.infer<typeof TokenQuerySchema>;

export const SubscribeAnswerSchema = z.object({
  status: z.literal('pending'),
  message: z.string().describe('The same answer for every address: whether it was subscribed already is not revealed'),
});
export const TokenAnswerSchema = z.object({ status: z.enum(['confirmed', 'unsubscribed']), lang: z.enum(['en', 'zh']) });

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
