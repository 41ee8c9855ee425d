import { z } from 'zod';
import { availableParallelism } from 'node:os';
import { envPort, envWholeNumber, optionalString } from './env';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const appEnvSchema = z.object({
  NODE_ENV: optionalString.pipe(z.enum(['development', 'production', 'test']).default('development')),
  PORT: envPort(3000),
  HOST: optionalString.pipe(z.string().default('0.0.0.0')),
  LOG_LEVEL: optionalString.pipe(z.enum(LOG_LEVELS, { error: `Use one of ${LOG_LEVELS.join(', ')}` }).optional()),
  /** HTTP worker processes (Node answers on one core per process); "auto": one per CPU. */
  WEB_CONCURRENCY: z
    .string()
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (!s) return 1;
      if (s.toLowerCase() === 'auto') return availableParallelism();
      const n = Number(s);
      if (Number.isInteger(n) && n >= 1 && n <= 64) return n;
      ctx.addIssue({ code: 'custom', message: 'Expected a whole number from 1 to 64, or auto' });
      return z.NEVER;
    }),
  /**
   * URLs per sitemap file (the protocol's maximum, 50,000, by default; tests set a small one to see the split).
   * At least 10: the sitemap of the portal's list pages is 10 URLs and is never split.
   */
  SITEMAP_URL_LIMIT: envWholeNumber(50_000, 10, 50_000),
  PUBLIC_URL: optionalString.pipe(
    z
      .url({ protocol: /^https?$/, error: 'Expected an http(s) URL such as https://dualcarbon.example.org' })
      .transform((u) => u.replace(/\/+$/, ''))
      .optional(),
  ),
});

export function appConfig(env: z.infer<typeof appEnvSchema>) {
  return {
    nodeEnv: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST,
    // Tests stay quiet unless asked; development is chatty enough to see requests.
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    publicUrl: env.PUBLIC_URL,
    /**
     * The absolute URL every link (feeds, exports, Markdown, mail) is built on: PUBLIC_URL, else
     * http://localhost:PORT (a production server refuses to start without PUBLIC_URL). Never the
     * request's Host header, which any client can set.
     */
    siteUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    workers: env.WEB_CONCURRENCY,
    /** URLs per sitemap file: each page is listed in both languages, so half as many pages. */
    sitemapUrlLimit: env.SITEMAP_URL_LIMIT,
  };
}
export type AppSection = ReturnType<typeof appConfig>;
