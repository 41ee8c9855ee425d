import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { targetExportReader } from '../targets/targets.queries';
import type { TargetExportQuery } from '../targets/targets.schemas';
import { TargetsService } from '../targets/targets.service';
import { exportCitation } from './citation';
import { ExportSender } from './export-sender';
import { formattersFor, type ExportFormat } from './formats';
import { targetShape } from './target-columns';

const targetFormatters = formattersFor((m) => targetShape(m.portalUrl, m.lang));

/** The query's parameters in a fixed order, for the citation URL and the JSON `query`; `lang` unless English (the default). */
function queryParams(q: TargetExportQuery): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of ['metric', 'targetYear', 'region', 'kind', 'comparison'] as const) if (q[key] !== undefined) out.set(key, String(q[key]));
  if (q.lang !== 'en') out.set('lang', q.lang);
  return out;
}

/**
 * Streams the targets of published entries (the targets table's filters, every row) as CSV or JSON with
 * the entries export's citation (header, Link, CSV `#citation` row, JSON fields), under the same limits:
 * the process's export gate, the export pool, chunked reads, the stall cut. The targets' ids are read
 * first in the table's order (so `total` is what is sent), then their rows a chunk at a time; a target
 * whose entry stopped being public in between is left out.
 */
@Injectable()
export class TargetExportService {
  constructor(
    private readonly targets: TargetsService,
    private readonly sender: ExportSender,
  ) {}

  async send(q: TargetExportQuery, format: ExportFormat, req: Request, res: Response): Promise<void> {
    const { filter } = await this.targets.resolve(q);
    await this.sender.send(req, res, async ({ pool, origin }) => {
      const read = targetExportReader(pool, filter);
      const ids = await read.ids();
      const params = queryParams(q);
      const cite = exportCitation(origin, `/api/export/targets.${format}`, params, 'targets');
      const stages = targetFormatters[format]({ citation: cite, query: Object.fromEntries(params), total: ids.length, portalUrl: origin, lang: q.lang });
      return { name: 'targets', format, citation: cite, total: ids.length, keys: ids, readChunk: read.rowsByIds, stages };
    });
  }
}
