import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import { InjectReadDataSource } from '../database/read-data-source';
import { InjectExportPool } from '../export/export-pool';
import { API_VERSION } from '../version';
import { poolStats, type PoolStats } from './db-pools';
import { clusterMetrics, shareWithSupervisor } from '../cluster/metrics-ipc';
import { METRIC_PREFIX, processMetrics } from './process-metrics';
import { methodLabel, routeLabel, RouteTemplates, statusLabel, type ExpressRoute, type LabelledRequest } from './route-label';

const HTTP_LABELS = ['method', 'route', 'status_code'] as const;
type HttpLabel = (typeof HTTP_LABELS)[number];

/** Seconds; an API answer usually takes milliseconds, an export several seconds. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The app's Prometheus metrics: request durations and counts by route template, the database pools
 * of the primary and the read data source and the export pool (read at scrape time), and the process metrics.
 */
@Injectable()
export class MetricsService {
  private readonly registry = new Registry();
  /** What a scrape returns: this app's metrics and the process's. */
  private readonly scrape: Registry;
  private readonly duration: Histogram<HttpLabel>;
  private readonly requests: Counter<HttpLabel>;
  private templates?: RouteTemplates;

  constructor(
    @InjectDataSource() primary: DataSource,
    @InjectReadDataSource() read: DataSource,
    @InjectExportPool() exportPool: Pool,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    const registers = [this.registry];
    this.duration = new Histogram({
      name: `${METRIC_PREFIX}http_request_duration_seconds`,
      help: 'Time from receiving a request to the end of its response, by method, route template and status code',
      labelNames: HTTP_LABELS,
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.requests = new Counter({
      name: `${METRIC_PREFIX}http_requests_total`,
      help: 'Requests answered, by method, route template and status code',
      labelNames: HTTP_LABELS,
      registers,
    });
    new Gauge({
      name: `${METRIC_PREFIX}build_info`,
      help: 'Always 1; the version label says which build is running',
      labelNames: ['version'],
      registers,
      aggregator: 'first', // the same in every worker
    }).set({ version: API_VERSION }, 1);

    // Without DATABASE_READ_URL "primary" and "read" describe the same pool; "export" is the downloads' own.
    const pools: [string, DataSource | Pool][] = [
      ['primary', primary],
      ['read', read],
      ['export', exportPool],
    ];
    const poolGauge = (name: string, help: string, pick: (s: PoolStats) => number) => {
      const gauge: Gauge<'pool'> = new Gauge({
        name: `${METRIC_PREFIX}db_pool_${name}`,
        help,
        labelNames: ['pool'],
        registers,
        collect: () => {
          gauge.reset();
          for (const [pool, dataSource] of pools) {
            const stats = poolStats(dataSource);
            if (stats) gauge.set({ pool }, pick(stats));
          }
        },
      });
    };
    poolGauge('total_clients', 'PostgreSQL connections open in the pool (idle or in use), by data source', (s) => s.total);
    poolGauge('idle_clients', 'PostgreSQL connections open and idle, by data source', (s) => s.idle);
    poolGauge('waiting_clients', 'Queries waiting for a connection because all are in use, by data source', (s) => s.waiting);
    poolGauge('max_clients', 'Size limit of the pool, by data source', (s) => s.max);

    this.scrape = Registry.merge([processMetrics(), this.registry]);
    shareWithSupervisor(this.scrape);
  }

  /** One finished request, labelled by its route template (see route-label.ts). */
  recordRequest(req: LabelledRequest, status: number, seconds: number): void {
    const labels = { method: methodLabel(req.method), route: routeLabel(req, this.routeTemplates()), status_code: statusLabel(status) };
    this.duration.observe(labels, seconds);
    this.requests.inc(labels);
  }

  /** The Express app's routes, read once they are all registered (the first request comes after app.init()). */
  private routeTemplates(): RouteTemplates | undefined {
    if (!this.templates) {
      const router = this.adapterHost.httpAdapter?.getInstance<{ router?: { stack?: { route?: ExpressRoute }[] } }>().router;
      if (!router?.stack) return undefined;
      this.templates = new RouteTemplates(router.stack.flatMap((layer) => (layer.route ? [layer.route] : [])));
    }
    return this.templates;
  }

  /** The Prometheus text format's content type, as the registry renders it. */
  get contentType(): string {
    return this.scrape.contentType;
  }

  /** This process's metrics, or, in a cluster worker, every worker's summed by the supervisor. */
  render(): Promise<string> {
    return clusterMetrics() ?? this.scrape.metrics();
  }
}
