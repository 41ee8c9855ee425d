import { z } from 'zod';
import { envBoolean, optionalString } from '../config/env';

/** RFC 6750 `b64token`: what may follow `Bearer ` in an Authorization header. */
const BEARER_TOKEN = /^[A-Za-z0-9._~+/-]+=*$/;

/** Metrics and health (src/observability, src/health). */
export const observabilityEnvSchema = z.object({
  /** When set, GET /api/observability/metrics requires `Authorization: Bearer <token>`; unset, it is open. */
  METRICS_TOKEN: optionalString.pipe(
    z
      .string()
      .min(16, 'Use at least 16 characters, e.g. the output of `openssl rand -hex 32`')
      .max(1024, 'Use at most 1024 characters')
      .regex(BEARER_TOKEN, 'Use only letters, digits and - . _ ~ + / (a bearer token), e.g. the output of `openssl rand -hex 32`')
      .optional(),
  ),
  /** Production only starts with open metrics when this says so (a port only a trusted network reaches). */
  METRICS_PUBLIC: envBoolean(false),
});

export function observabilityConfig(env: z.infer<typeof observabilityEnvSchema>) {
  return { metricsToken: env.METRICS_TOKEN, metricsPublic: env.METRICS_PUBLIC };
}
export type ObservabilitySection = ReturnType<typeof observabilityConfig>;
