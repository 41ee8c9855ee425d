import { z } from 'zod';

/** `POST /api/subscriptions` */
export const SubscribeBodySchema = z.strictObject({
  email: z
    .string({ error: 'Give an e-mail address' })
    .trim()
    .toLowerCase()
    .max(320, 'At most 320 characters')
    .pipe(z.email('Enter an e-mail address like name@example.org')),
  lang: z.enum(['en', 'zh'], { error: 'lang is en or zh' }).default('en'),
});
export type SubscribeBody = z.infer<typeof SubscribeBodySchema>;

/** `?token=` of the signed links (loose: mail clients may add their own parameters). */
export const TokenQuerySchema = z.object({ token: z.string({ error: 'The link has no token' }).max(1000) });
export type TokenQuery = z.infer<typeof TokenQuerySchema>;
