import { entryOutputToSearchParams, type EntryOutputQuery } from '@dualcarbon/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { ROWS_BY_KEYS_SQL } from '../search/entry-rows';
import { SearchService } from '../search/search.service';
import { citation, publicOrigin } from './citation';
import { EXPORT_FORMATS, formatters, type ExportFormat } from './formats';

/** Rows fetched from the cursor per round trip: memory stays flat whatever the export's size. */
const CURSOR_BATCH = 500;

/**
 * Streams the entries matching the filters (relevance order with q, else newest first) as CSV, JSON
 * or NDJSON, from a cursor over the published rows.
 */
@Injectable()
export class ExportService {
  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly search: SearchService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'app'>,
  ) {}

  async send(output: EntryOutputQuery, format: ExportFormat, req: Request, res: Response): Promise<void> {
    const { filters, lang } = output;
    const { keys, total } = await this.search.orderedKeys(filters, filters.q ? 'relevance' : 'newest');
    const origin = publicOrigin(this.config, req);
    const cite = citation(origin, `/api/export/entries.${format}`, output);
    const query = Object.fromEntries(entryOutputToSearchParams(output));

    res.status(200);
    res.setHeader('Content-Type', EXPORT_FORMATS[format]);
    res.setHeader('Content-Disposition', `attachment; filename="dualcarbon-entries-${cite.generatedAt.slice(0, 10)}.${format}"`);
    res.setHeader('X-Citation', cite.text);
    res.setHeader('Link', `<${cite.url}>; rel="cite-as"`);
    res.setHeader('X-Total-Count', String(total));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }

    const runner = this.db.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      const rows = client.query(new QueryStream(ROWS_BY_KEYS_SQL, [keys], { batchSize: CURSOR_BATCH }));
      await pipeline([rows, ...formatters[format]({ citation: cite, query, total, portalUrl: origin, lang }), res]);
    } finally {
      await runner.release();
    }
  }
}
