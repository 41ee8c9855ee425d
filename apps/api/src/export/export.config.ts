import { z } from 'zod';
import { envWholeNumber } from '../config/env';

/** Exports (src/export): how many may stream at once, and the small pool they read through. */
export const exportEnvSchema = z.object({
  /** Exports streaming at once in one API process; more get 429 with Retry-After. */
  EXPORT_MAX_CONCURRENT: envWholeNumber(4, 1, 1000),
  /** Exports streaming at once for one client address (IPv6 by /64), within the above. */
  EXPORT_MAX_PER_CLIENT: envWholeNumber(2, 1, 1000),
  /** Connections of the export pool, apart from the pool every other route uses. */
  EXPORT_POOL_SIZE: envWholeNumber(2, 1, 100),
  /** Longest statement the export pool runs (each reads one chunk of rows). */
  EXPORT_STATEMENT_TIMEOUT_MS: envWholeNumber(15_000, 100, 600_000),
  /** A download that takes no bytes for this long is cut, so a stalled client gives its slot back. */
  EXPORT_STALL_SECONDS: envWholeNumber(60, 1, 3600),
});

export function exportConfig(env: z.infer<typeof exportEnvSchema>) {
  return {
    maxConcurrent: env.EXPORT_MAX_CONCURRENT,
    maxPerClient: env.EXPORT_MAX_PER_CLIENT,
    poolSize: env.EXPORT_POOL_SIZE,
    statementTimeoutMs: env.EXPORT_STATEMENT_TIMEOUT_MS,
    stallSeconds: env.EXPORT_STALL_SECONDS,
  };
}
export type ExportSection = ReturnType<typeof exportConfig>;
