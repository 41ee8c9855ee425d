import { z } from 'zod';
import { envPort, optionalString } from './env';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const appEnvSchema = z.object({
  NODE_ENV: optionalString.pipe(z.enum(['development', 'production', 'test']).default('development')),
  PORT: envPort(3000),
  HOST: optionalString.pipe(z.string().default('0.0.0.0')),
  LOG_LEVEL: optionalString.pipe(z.enum(LOG_LEVELS, { error: `Use one of ${LOG_LEVELS.join(', ')}` }).optional()),
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
  };
}
export type AppSection = ReturnType<typeof appConfig>;
