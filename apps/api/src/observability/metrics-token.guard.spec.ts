import type { ExecutionContext } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../common/errors';
import type { AppConfig } from '../config/config';
import { bearerMatches, MetricsTokenGuard } from './metrics-token.guard';

const TOKEN = 'a-long-enough-metrics-token';

function context(authorization?: string) {
  const headers: Record<string, string> = {};
  const http = {
    getRequest: () => ({ headers: { authorization } }),
    getResponse: () => ({ setHeader: (k: string, v: string) => (headers[k] = v) }),
  };
  return { ctx: { switchToHttp: () => http } as unknown as ExecutionContext, headers };
}
const guard = (metricsToken?: string) => new MetricsTokenGuard({ observability: { metricsToken } } as AppConfig);

describe('MetricsTokenGuard', () => {
  it('is open without METRICS_TOKEN', () => {
    expect(guard().canActivate(context().ctx)).toBe(true);
  });

  it('wants exactly the bearer token when METRICS_TOKEN is set', () => {
    expect(guard(TOKEN).canActivate(context(`Bearer ${TOKEN}`).ctx)).toBe(true);
    expect(guard(TOKEN).canActivate(context(`bearer  ${TOKEN}`).ctx)).toBe(true);
    for (const header of [undefined, '', TOKEN, `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, 'Bearer ', `Bearer ${TOKEN} extra`]) {
      const { ctx, headers } = context(header);
      let error: unknown;
      try {
        guard(TOKEN).canActivate(ctx);
      } catch (err) {
        error = err;
      }
      expect(error, String(header)).toBeInstanceOf(ApiError);
      expect((error as ApiError).getStatus()).toBe(401);
      expect((error as ApiError).getResponse()).toMatchObject({ statusCode: 401, code: 'metrics/unauthorized' });
      expect(headers['WWW-Authenticate']).toMatch(/^Bearer /);
    }
  });

  it('compares whole tokens', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN}`, `${TOKEN}-more`)).toBe(false);
  });
});
