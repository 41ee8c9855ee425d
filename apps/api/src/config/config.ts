import { appConfig, appEnvSchema } from './app.config';
import { authConfig, authEnvSchema } from './auth.config';
import { databaseConfig, databaseEnvSchema } from './database.config';
import type { Env } from './env';
import { findRepoRoot } from './repo-root';
import { mailConfig, mailEnvSchema } from '../mail/mail.config';
import { observabilityConfig, observabilityEnvSchema } from '../observability/observability.config';
import { seedConfig, seedEnvSchema } from './seed.config';
import { staticConfig, staticEnvSchema } from './static.config';

export function loadConfig(env: Env = process.env, repoRoot = findRepoRoot()) {
  // Each area is parsed on its own so one bad variable does not hide problems in the others.
  const areas = {
    app: appEnvSchema.safeParse(env),
    database: databaseEnvSchema.safeParse(env),
    static: staticEnvSchema.safeParse(env),
    seed: seedEnvSchema.safeParse(env),
    auth: authEnvSchema.safeParse(env),
    mail: mailEnvSchema.safeParse(env),
    observability: observabilityEnvSchema.safeParse(env),
  };
  const problems = Object.values(areas).flatMap((r) =>
    r.success ? [] : r.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
  );
  if (!areas.app.success || !areas.database.success || !areas.static.success || !areas.seed.success || !areas.auth.success || !areas.mail.success || !areas.observability.success) {
    throw new ConfigError(problems);
  }
  return {
    repoRoot,
    app: appConfig(areas.app.data),
    database: databaseConfig(areas.database.data, repoRoot),
    static: staticConfig(areas.static.data, repoRoot),
    seed: seedConfig(areas.seed.data, repoRoot),
    auth: authConfig(areas.auth.data, areas.app.data.PUBLIC_URL),
    mail: mailConfig(areas.mail.data, databaseConfig(areas.database.data, repoRoot).dataDir),
    observability: observabilityConfig(areas.observability.data),
  };
}
export type AppConfig = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** For entry points: a bad environment is the operator's mistake, so say what is wrong and stop. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`dualcarbon: ${err.message}\n`);
    process.exit(1);
  }
}

