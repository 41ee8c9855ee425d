import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { envPort, optionalString } from './env';

export const databaseEnvSchema = z.object({
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'Expected a postgres:// connection URL')
      .refine((s) => URL.canParse(s), 'Not a valid URL')
      .optional(),
  ),
  /** Optional read-only replica for the public routes; defaults to DATABASE_URL's database. */
  DATABASE_READ_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'Expected a postgres:// connection URL')
      .refine((s) => URL.canParse(s), 'Not a valid URL')
      .optional(),
  ),
  DATA_DIR: optionalString,
  // Never 5432: a developer's own PostgreSQL usually listens there.
  EMBEDDED_PG_PORT: envPort(54329).refine((p) => p !== 5432, 'Choose a port other than 5432, where a PostgreSQL server usually runs'),
});

export function databaseConfig(env: z.infer<typeof databaseEnvSchema>, repoRoot: string) {
  const dataDir = env.DATA_DIR ? (isAbsolute(env.DATA_DIR) ? env.DATA_DIR : resolve(env.DATA_DIR)) : join(repoRoot, '.data');
  return {
    /** When absent the app starts its embedded PostgreSQL. */
    url: env.DATABASE_URL,
    /** Public reads go here when set (a streaming replica); otherwise to `url`. */
    readUrl: env.DATABASE_READ_URL,
    dataDir,
    embeddedPort: env.EMBEDDED_PG_PORT,
  };
}
export type DatabaseSection = ReturnType<typeof databaseConfig>;
