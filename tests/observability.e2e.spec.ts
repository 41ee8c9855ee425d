import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('observability (the built app)', () => {
  it('serves Prometheus metrics that name routes by template', async () => {
    await fetch(`${baseUrl}/api/entries/guizhou-pollution-carbon-synergy-implementation-plan`);
    const res = await fetch(`${baseUrl}/api/observability/metrics`, { headers: { Origin: 'https://elsewhere.example' } });
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
});
