import { entryOutputToSearchParams, type EntryOutputQuery } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { readEntryRowsForExport } from '../search/entry-rows';
import { SearchService } from '../search/search.service';
import { citation } from './citation';
import { ExportSender } from './export-sender';
import { formatters, type ExportFormat } from './formats';

/**
 * Streams the entries matching the filters (relevance order with q, else newest first) as CSV, JSON
 * or NDJSON. Built so that downloads cannot starve anything else:
 *
 * - at most `EXPORT_MAX_CONCURRENT` exports (of any kind) run at once in a process, `EXPORT_MAX_PER_CLIENT`
 *   per client (429 `export/busy` with Retry-After beyond that);
 * - rows are read from the export pool (its own few connections, statement timeout) a chunk of keys at
 *   a time, one chunk ahead of the writer: a connection is held only while a statement runs, never
 *   while the response waits for a slow reader;
 * - a download that takes nothing for `EXPORT_STALL_SECONDS` is cut, giving its slot back.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly search: SearchService,
    private readonly sender: ExportSender,
  ) {}

  async send(output: EntryOutputQuery, format: ExportFormat, req: Request, res: Response): Promise<void> {
    const { filters, lang } = output;
    await this.sender.send(req, res, async ({ pool, origin }) => {
      const { keys, total } = await this.search.orderedKeys(filters, filters.q ? 'relevance' : 'newest');
      const cite = citation(origin, `/api/export/entries.${format}`, output);
      const query = Object.fromEntries(entryOutputToSearchParams(output));
      const stages = formatters[format]({ citation: cite, query, total, portalUrl: origin, lang });
      return { name: 'entries', format, citation: cite, total, keys, readChunk: (chunk: number[]) => readEntryRowsForExport(pool, chunk), stages };
    });
  }
}
