import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { RequestValidationError } from '../common/errors';
import { DataVersionService } from '../http/data-version.service';
import { RegionsService } from '../regions/regions.service';
import type { MetricList, TargetTable } from '@dualcarbon/domain';
import { findObservations, findTargets, metricTermRows, metricUsage, type TargetFilter } from './targets.queries';
import type { TargetsQuery } from './targets.schemas';

const MAX_OBSERVATIONS = 1000;

type Metric = TargetTable['metric'];

/** Metrics, and targets compared across jurisdictions with official statistics alongside. */
@Injectable()
export class TargetsService {
  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly version: DataVersionService,
    private readonly regions: RegionsService,
  ) {}

  /** Metric terms (admins may add some), in taxonomy order. */
  metricTerms(): Promise<Metric[]> {
    return this.version.memo('metric-terms', () => metricTermRows(this.db));
  }

  /** Every metric with how many published targets and observations use it; one scan, reused until data changes. */
  metrics(): Promise<MetricList> {
    return this.version.memo('metrics', async () => {
      const [terms, usage] = await Promise.all([this.metricTerms(), metricUsage(this.db)]);
      const byMetric = new Map(usage.map((u) => [u.metric, u]));
      return {
        items: terms.map((m) => {
          const u = byMetric.get(m.code);
          return { ...m, targetCount: u?.targetCount ?? 0, observationCount: u?.observationCount ?? 0, targetYears: u?.targetYears ?? [] };
        }),
      };
    });
  }

  /** Reused until public data changes (see DataVersionService.memo). */
  table(q: TargetsQuery): Promise<TargetTable> {
    const key = [q.metric, q.targetYear, q.region, q.kind, q.comparison, q.page, q.pageSize].join('|');
    return this.version.memo(`targets:${key}`, () => this.build(q));
  }

  /**
   * A query's metric (required for the table, optional for the export) checked against the metric terms,
   * and its region turned into the jurisdictions it covers; 400 naming the parameter otherwise.
   */
  async resolve(
    q: Omit<TargetsQuery, 'metric' | 'page' | 'pageSize'> & { metric?: string },
  ): Promise<{ metric?: Metric; filter: Omit<TargetFilter, 'limit' | 'offset'> }> {
    let metric: Metric | undefined;
    if (q.metric !== undefined) {
      const terms = await this.metricTerms();
      metric = terms.find((m) => m.code === q.metric);
      if (!metric) {
        const message = `Unknown metric "${q.metric}". Allowed metrics: ${terms.map((m) => m.code).join(', ')}`;
        throw new RequestValidationError([{ path: 'metric', message }], message);
      }
    }
    let jurisdictions: string[] | undefined;
    if (q.region && q.region !== 'CN') {
      const directory = await this.regions.directory();
      if (!directory.get(q.region)) {
        const message = `Unknown region "${q.region}"; GET /api/regions lists them`;
        throw new RequestValidationError([{ path: 'region', message }], message);
      }
      jurisdictions = directory.descendantCodes(q.region);
    }
    return { metric, filter: { metric: q.metric, targetYear: q.targetYear, jurisdictions, kind: q.kind, comparison: q.comparison } };
  }

  private async build(q: TargetsQuery): Promise<TargetTable> {
    const { metric, filter } = await this.resolve(q);
    const [{ rows, total }, observations] = await Promise.all([
      findTargets(this.db, { ...filter, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
      findObservations(this.db, { metric: q.metric, jurisdictions: filter.jurisdictions, kind: q.kind, comparison: q.comparison, limit: MAX_OBSERVATIONS }),
    ]);
    return { metric: metric!, targetYear: q.targetYear ?? null, total, page: q.page, pageSize: q.pageSize, rows, observations };
  }
}
