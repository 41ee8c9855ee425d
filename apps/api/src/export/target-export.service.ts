import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { InjectReadDataSource } from '../database/read-data-source';
import { targetExportQueries } from '../targets/targets.queries';
import type { TargetExportQuery } from '../targets/targets.schemas';
import { TargetsService } from '../targets/targets.service';
import { exportCitation, publicOrigin } from './citation';
import { EXPORT_FORMATS, formattersFor, type ExportFormat } from './formats';
import { targetShape } from './target-columns';

const CURSOR_BATCH = 500;
const targetFormatters = formattersFor((m) => targetShape(m.portalUrl, m.lang));

/** The query's parameters in a fixed order, for the citation URL and the JSON `query`; `lang` unless English (the default). */
function queryParams(q: TargetExportQuery): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of ['metric', 'targetYear', 'region', 'kind', 'comparison'] as const) if (q[key] !== undefined) out.set(key, String(q[key]));
  if (q.lang !== 'en') out.set('lang', q.lang);
  return out;
}

/**
 * Streams the targets of published entries (the targets table's filters, every row) as CSV or JSON from a
 * cursor, with the entries export's citation (header, Link, CSV `#citation` row, JSON fields). Count and
 * rows come from one snapshot (REPEATABLE READ), so `total` is the number of rows sent.
 */
@Injectable()
export class TargetExportService {
  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly targets: TargetsService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'app'>,
  ) {}

  async send(q: TargetExportQuery, format: ExportFormat, req: Request, res: Response): Promise<void> {
    const { filter } = await this.targets.resolve(q);
    const sql = targetExportQueries(filter);
    const params = queryParams(q);
    const origin = publicOrigin(this.config, req);
    const cite = exportCitation(origin, `/api/export/targets.${format}`, params, 'targets');
    const runner = this.db.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const [{ n: total }] = (await client.query<{ n: number }>(sql.count, sql.values)).rows;
        res.status(200);
        res.setHeader('Content-Type', EXPORT_FORMATS[format]);
        res.setHeader('Content-Disposition', `attachment; filename="dualcarbon-targets-${cite.generatedAt.slice(0, 10)}.${format}"`);
        res.setHeader('X-Citation', cite.text);
        res.setHeader('Link', `<${cite.url}>; rel="cite-as"`);
        res.setHeader('X-Total-Count', String(total));
        if (req.method === 'HEAD') {
          res.end();
        } else {
          const rows = client.query(new QueryStream(sql.rows, sql.values, { batchSize: CURSOR_BATCH }));
          await pipeline([rows, ...targetFormatters[format]({ citation: cite, query: Object.fromEntries(params), total, portalUrl: origin, lang: q.lang }), res]);
        }
      } finally {
        await client.query('COMMIT').catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }
}
