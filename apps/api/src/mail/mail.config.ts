import { z } from 'zod';
import { envWholeNumber, optionalString } from '../config/env';

const wholeNumber = envWholeNumber;

/** Mail, subscriptions and newsletter delivery (src/mail, src/subscriptions). */
export const mailEnvSchema = z
  .object({
    NODE_ENV: optionalString,
    /** smtp(s)://user:pass@host:port; absent: messages are written as .eml files under $DATA_DIR/mail/. */
    SMTP_URL: optionalString.pipe(
      z
        .string()
        .regex(/^smtps?:\/\/\S+$/, 'Expected an smtp:// or smtps:// URL')
        .optional(),
    ),
    MAIL_FROM: optionalString,
    /** HMAC key of the confirm and unsubscribe links; generated into $DATA_DIR/mail-secret when absent. */
    MAIL_SECRET: optionalString.pipe(z.string().min(32, 'Use at least 32 characters').optional()),
    MAIL_BATCH_SIZE: wholeNumber(50, 1, 1000),
    MAIL_MAX_ATTEMPTS: wholeNumber(5, 1, 20),
    /** First retry after this many ms, doubling each time (capped at an hour). */
    MAIL_RETRY_BASE_MS: wholeNumber(30_000, 1, 3_600_000),
    SUBSCRIBE_WINDOW_MINUTES: wholeNumber(60, 1, 24 * 60),
    SUBSCRIBE_MAX_PER_IP: wholeNumber(10, 1, 100_000),
  })
  .refine((e) => !(e.NODE_ENV === 'production' && e.SMTP_URL && !e.MAIL_SECRET), {
    path: ['MAIL_SECRET'],
    message: 'Set MAIL_SECRET (32+ random characters) in production when SMTP_URL is set: it signs unsubscribe links',
  });

export function mailConfig(env: z.infer<typeof mailEnvSchema>, dataDir: string) {
  return {
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM ?? 'dualcarbon <no-reply@dualcarbon.invalid>',
    secret: env.MAIL_SECRET,
    /** Where a generated secret is kept, and where the file transport writes (mail/). */
    dataDir,
    batchSize: env.MAIL_BATCH_SIZE,
    maxAttempts: env.MAIL_MAX_ATTEMPTS,
    retryBaseMs: env.MAIL_RETRY_BASE_MS,
    subscribe: { windowMinutes: env.SUBSCRIBE_WINDOW_MINUTES, maxPerIp: env.SUBSCRIBE_MAX_PER_IP },
  };
}
export type MailSection = ReturnType<typeof mailConfig>;
