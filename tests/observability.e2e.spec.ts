import { describe, expect, inject, it } from 'vitest';
import { spawnBuiltApp } from './support/built-app';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const metricsToken = inject('metricsToken');

describe('observability (the built app)', () => {
  it('serves Prometheus metrics that name routes by template', async () => {
    await fetch(`${baseUrl}/api/entries/guizhou-pollution-carbon-synergy-implementation-plan`);
    const anonymous = await fetch(`${baseUrl}/api/observability/metrics`);
    expect(anonymous.status).toBe(401);
    const res = await fetch(`${baseUrl}/api/observability/metrics`, {
      headers: { Origin: 'https://elsewhere.example', Authorization: `Bearer ${metricsToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const text = await res.text();
    expect(text).toContain('# TYPE dualcarbon_http_request_duration_seconds histogram');
    expect(text).toMatch(/^dualcarbon_http_requests_total\{method="GET",route="\/api\/entries\/:slug",status_code="200"\} [1-9]/m);
    expect(text).not.toContain('guizhou-pollution');
    expect(text).toMatch(/^dualcarbon_db_pool_total_clients\{pool="primary"\} \d+$/m);
    expect(text).toMatch(/^dualcarbon_db_pool_total_clients\{pool="read"\} \d+$/m);
    expect(text).toMatch(/^dualcarbon_process_cpu_user_seconds_total \d/m);
  });

  it('is live and ready', async () => {
    const live = await fetch(`${baseUrl}/api/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', database: 'up', migrations: 'applied' });
  });

  it('refuses to start in production with open metrics or without PUBLIC_URL, and says which variable', async () => {
    const app = await spawnBuiltApp(databaseUrl, { PUBLIC_URL: '', METRICS_PUBLIC: '', METRICS_TOKEN: '' });
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(/PUBLIC_URL: Required in production/);
    expect(app.output()).toMatch(/METRICS_TOKEN: Required in production, or set METRICS_PUBLIC=true/);
  });
});
