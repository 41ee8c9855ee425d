import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EntryData } from '@dualcarbon/domain';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import { BackgroundTasks } from '../common/background-tasks';
import { isSlugViolation } from '../editor/editor.errors';
import { createDraft } from '../editor/entry-store';
import { LOGGER } from '../logging/logger.token';
import { importJobQueries } from './import-jobs.queries';
import type { RowResult } from './import-rows';

export type { RowResult } from './import-rows';

export interface ImportItem {
  row: number;
  data: EntryData;
}

const BATCH = 25;

/**
 * Creates an import's drafts in the background, BATCH rows per transaction, updating the job's
 * progress after each. A batch that fails (a slug taken meanwhile) is retried row by row, so one
 * bad row costs only itself.
 */
@Injectable()
export class ImportRunner implements BeforeApplicationShutdown {
  private readonly running = new BackgroundTasks();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  start(jobId: string, items: ImportItem[], actorId: string, meta: RequestMeta): void {
    this.running.track(this.run(jobId, items, actorId, meta));
  }

  /** Lets running imports finish before the pool closes (TypeORM closes it in onApplicationShutdown). */
  async beforeApplicationShutdown() {
    await this.running.settled();
  }

  private async run(jobId: string, items: ImportItem[], actorId: string, meta: RequestMeta) {
    try {
      for (let i = 0; i < items.length; i += BATCH) {
        const batch = items.slice(i, i + BATCH);
        const results = await this.db
          .transaction((m) => this.createAll(m, batch, actorId, meta, jobId))
          .catch(() => this.oneByOne(batch, actorId, meta, jobId));
        await this.progress(jobId, results);
      }
      await this.db.transaction(async (m) => {
        const job = await importJobQueries.done(m, jobId);
        await this.audit.record({ actorId, action: 'import.finish', entityType: 'import_job', entityId: jobId, after: job ?? null, ...meta }, m);
      });
    } catch (err) {
      this.logger.error({ err, jobId }, 'import failed');
      await importJobQueries.failed(this.db, jobId, 'The import stopped unexpectedly; the rows reported as created were created').catch(() => undefined);
    }
  }

  private async createAll(m: EntityManager, batch: ImportItem[], actorId: string, meta: RequestMeta, jobId: string): Promise<RowResult[]> {
    const out: RowResult[] = [];
    for (const { row, data } of batch) {
      const e = await createDraft(m, data, actorId, 'import');
      await this.audit.record(
        {
          actorId,
          action: 'entry.import',
          entityType: 'entry',
          entityId: e.id,
          after: { version: e.version, status: 'draft', importJob: jobId, row, data },
          ...meta,
        },
        m,
      );
      out.push({ row, slug: data.slug, entryId: e.id });
    }
    return out;
  }

  private async oneByOne(batch: ImportItem[], actorId: string, meta: RequestMeta, jobId: string): Promise<RowResult[]> {
    const out: RowResult[] = [];
    for (const item of batch) {
      try {
        out.push(...(await this.db.transaction((m) => this.createAll(m, [item], actorId, meta, jobId))));
      } catch (err) {
        const message = isSlugViolation(err) ? `Another entry already uses the slug "${item.data.slug}"` : 'Could not be saved';
        if (!isSlugViolation(err)) this.logger.error({ err, jobId, row: item.row }, 'import row failed');
        out.push({
          row: item.row,
          slug: item.data.slug,
          issues: [{ path: isSlugViolation(err) ? 'slug' : '', code: isSlugViolation(err) ? 'entry/slug_taken' : 'import/row_failed', message }],
        });
      }
    }
    return out;
  }

  private async progress(jobId: string, results: RowResult[]) {
    const created = results.filter((r) => r.entryId).length;
    await importJobQueries.progress(this.db, jobId, results, created);
  }
}
