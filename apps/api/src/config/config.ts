import type { z } from 'zod';
import { appConfig, appEnvSchema } from './app.config';
import { authConfig, authEnvSchema } from './auth.config';
import { databaseConfig, databaseEnvSchema } from './database.config';
import type { Env } from './env';
import { findRepoRoot } from './repo-root';
import { exportConfig, exportEnvSchema } from '../export/export.config';
import { mailConfig, mailEnvSchema } from '../mail/mail.config';
import { observabilityConfig, observabilityEnvSchema } from '../observability/observability.config';
import { seedConfig, seedEnvSchema } from './seed.config';
import { staticConfig, staticEnvSchema } from './static.config';

export interface LoadOptions {
  /** For the HTTP server: in production it must also be safe to expose (see serverProblems). */
  server?: boolean;
}

export function loadConfig(env: Env = process.env, repoRoot = findRepoRoot(), opts: LoadOptions = {}) {
  // Each area is parsed on its own so one bad variable does not hide problems in the others.
  const areas = {
    app: appEnvSchema.safeParse(env),
    database: databaseEnvSchema.safeParse(env),
    static: staticEnvSchema.safeParse(env),
    seed: seedEnvSchema.safeParse(env),
    auth: authEnvSchema.safeParse(env),
    mail: mailEnvSchema.safeParse(env),
    observability: observabilityEnvSchema.safeParse(env),
    export: exportEnvSchema.safeParse(env),
  };
  const problems = Object.values(areas).flatMap((r) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`)));
  if (
    !areas.app.success ||
    !areas.database.success ||
    !areas.static.success ||
    !areas.seed.success ||
    !areas.auth.success ||
    !areas.mail.success ||
    !areas.observability.success ||
    !areas.export.success
  ) {
    throw new ConfigError(problems);
  }
  if (opts.server) {
    const unsafe = serverProblems(areas.app.data, areas.observability.data);
    if (unsafe.length) throw new ConfigError(unsafe);
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
    export: exportConfig(areas.export.data),
  };
}
export type AppConfig = ReturnType<typeof loadConfig>;

/**
 * What a production server needs beyond valid values: a public URL (links are never built from the
 * Host header) and metrics either behind METRICS_TOKEN or declared open with METRICS_PUBLIC=true.
 * Development, tests and the command-line tools need neither.
 */
function serverProblems(app: z.infer<typeof appEnvSchema>, observability: z.infer<typeof observabilityEnvSchema>): string[] {
  if (app.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!app.PUBLIC_URL) {
    problems.push(
      "PUBLIC_URL: Required in production: the URL readers reach the site at (links in feeds, exports and mail are built on it, never on the request's Host header)",
    );
  }
  if (!observability.METRICS_TOKEN && !observability.METRICS_PUBLIC) {
    problems.push(
      'METRICS_TOKEN: Required in production, or set METRICS_PUBLIC=true if only a trusted network reaches this port: GET /api/observability/metrics would be open to anyone',
    );
  }
  return problems;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** For entry points: a bad environment is the operator's mistake, so say what is wrong and stop. */
export function loadConfigOrExit(env: Env = process.env, opts: LoadOptions = {}): AppConfig {
  try {
    return loadConfig(env, findRepoRoot(), opts);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`dualcarbon: ${err.message}\n`);
    process.exit(1);
  }
}
