import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { envBoolean, optionalString } from './env';

export const seedEnvSchema = z.object({
  SEED_ON_START: envBoolean(true),
  /** Folder holding entries/*.json and newsletters/*.json; tests point it at a fixture. */
  SEED_DIR: optionalString,
});

export function seedConfig(env: z.infer<typeof seedEnvSchema>, repoRoot: string) {
  return {
    onStart: env.SEED_ON_START,
    dir: env.SEED_DIR ? (isAbsolute(env.SEED_DIR) ? env.SEED_DIR : resolve(env.SEED_DIR)) : join(repoRoot, 'data/seed'),
  };
}
export type SeedSection = ReturnType<typeof seedConfig>;
