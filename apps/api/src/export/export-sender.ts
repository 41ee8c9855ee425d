import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Pool } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { EXPORT_CHUNK, enterExportGate, rowsByChunks, sendDownload, type ChunkedExport } from './download';
import { ExportGate } from './export-gate';
import { InjectExportPool } from './export-pool';

/** What an export's plan reads with: the export pool, and the site's origin (citations, portal links). */
export interface ExportContext {
  pool: Pool;
  origin: string;
}

/**
 * The loop every export shares: a slot from the process's gate (429 beyond it), the plan (keys first,
 * read by `plan` once the slot is held), then the rows EXPORT_CHUNK at a time one chunk ahead of the
 * writer, cut when the reader stalls; the slot is given back however the download ends.
 */
@Injectable()
export class ExportSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'app' | 'export'>,
    @InjectExportPool() private readonly pool: Pool,
    private readonly gate: ExportGate,
  ) {}

  async send<Key, Row>(req: Request, res: Response, plan: (ctx: ExportContext) => Promise<ChunkedExport<Key, Row>>): Promise<void> {
    const limits = this.config.export;
    const release = enterExportGate(this.gate, limits, req, res);
    try {
      const { keys, readChunk, ...download } = await plan({ pool: this.pool, origin: this.config.app.siteUrl });
      await sendDownload(req, res, { ...download, rows: rowsByChunks(keys, EXPORT_CHUNK, readChunk) }, limits.stallSeconds);
    } finally {
      release();
    }
  }
}
