import type { HttpAdapterHost } from '@nestjs/core';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { MetricsService } from './metrics.service';

const dataSource = (pool: object | undefined, isInitialized = true) =>
  ({ isInitialized, options: { type: 'postgres' }, driver: { master: pool } }) as unknown as DataSource;
const pool = (totalCount: number, idleCount: number, waitingCount: number, max = 10) => ({ totalCount, idleCount, waitingCount, options: { max } });
const exportPool = (p = pool(0, 0, 0, 2)) => p as unknown as Pool;

const adapter = (routes: { path: string; methods: Record<string, boolean> }[]) =>
  ({ httpAdapter: { getInstance: () => ({ router: { stack: [{}, ...routes.map((route) => ({ route }))] } }) } }) as unknown as HttpAdapterHost;

describe('MetricsService', () => {
  it('reports the three pools at scrape time, and nothing for a pool that is gone', async () => {
    const primary = pool(3, 1, 0);
    const read = pool(5, 2, 4);
    const metrics = new MetricsService(dataSource(primary), dataSource(read), exportPool(pool(1, 0, 0, 2)), adapter([]));
    let text = await metrics.render();
    expect(text).toContain('dualcarbon_db_pool_total_clients{pool="primary"} 3');
    expect(text).toContain('dualcarbon_db_pool_idle_clients{pool="read"} 2');
    expect(text).toContain('dualcarbon_db_pool_waiting_clients{pool="read"} 4');
    expect(text).toContain('dualcarbon_db_pool_max_clients{pool="primary"} 10');
    expect(text).toContain('dualcarbon_db_pool_total_clients{pool="export"} 1');
    expect(text).toContain('dualcarbon_db_pool_max_clients{pool="export"} 2');
    primary.totalCount = 7;
    expect(await metrics.render()).toContain('dualcarbon_db_pool_total_clients{pool="primary"} 7');

    text = await new MetricsService(dataSource(primary), dataSource(undefined, false), exportPool(), adapter([])).render();
    expect(text).toContain('dualcarbon_db_pool_total_clients{pool="primary"} 7');
    expect(text).not.toContain('pool="read"');
  });

  it('counts requests by route template, never by URL, next to the process metrics', async () => {
    const ds = dataSource(pool(1, 1, 0));
    const metrics = new MetricsService(ds, ds, exportPool(), adapter([{ path: '/api/entries/:slug', methods: { get: true } }]));
    metrics.recordRequest(
      { method: 'GET', originalUrl: '/api/entries/secret-slug', route: { path: '/api/entries/:slug', methods: { get: true } } },
      200,
      0.012,
    );
    metrics.recordRequest({ method: 'GET', originalUrl: '/api/entries/other-slug' }, 304, 0.001);
    metrics.recordRequest({ method: 'GET', originalUrl: '/api/nope/123' }, 404, 0.002);
    const text = await metrics.render();
    expect(metrics.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain('dualcarbon_http_request_duration_seconds_bucket{le="0.025",method="GET",route="/api/entries/:slug",status_code="200"} 1');
    expect(text).toContain('dualcarbon_http_requests_total{method="GET",route="/api/entries/:slug",status_code="304"} 1');
    expect(text).toContain('dualcarbon_http_requests_total{method="GET",route="unmatched",status_code="404"} 1');
    expect(text).not.toMatch(/secret-slug|other-slug|nope/);
    expect(text).toContain('dualcarbon_process_cpu_user_seconds_total');
    expect(text).toMatch(/dualcarbon_build_info\{version="[^"]+"\} 1/);
  });

  it('keeps each app its own request metrics (several apps can live in one process)', async () => {
    const ds = dataSource(pool(1, 1, 0));
    const a = new MetricsService(ds, ds, exportPool(), adapter([]));
    const b = new MetricsService(ds, ds, exportPool(), adapter([]));
    a.recordRequest({ method: 'GET', originalUrl: '/api/x' }, 404, 0.001);
    expect(await a.render()).toContain('dualcarbon_http_requests_total{method="GET",route="unmatched",status_code="404"} 1');
    expect(await b.render()).not.toContain('dualcarbon_http_requests_total{');
  });
});
