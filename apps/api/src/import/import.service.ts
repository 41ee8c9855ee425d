import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createNameResolver, createRegionIndex, isUuid } from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import { ApiError, IMPORT_INVALID_FILE, IMPORT_JOB_NOT_FOUND, NotFoundError } from '../common/errors';
import { toEntryIssues } from '../editor/editor.errors';
import { EntryValidationService } from '../editor/entry-validation.service';
import { loadVocabulary } from '../taxonomy/vocabulary';
import { detectFormat, ImportFileError, readImportFile } from './import-format';
import { importJobQueries } from './import-jobs.queries';
import type { ImportRow } from './import-rows';

export type { ImportRow } from './import-rows';
import { ImportRunner, type ImportItem } from './import-runner';
import type { ImportBody, ImportQuery } from './import.schemas';

/** What multer hands over for the multipart field "file". */
export interface UploadedImportFile {
  buffer: Buffer;
  originalname?: string;
}

const invalidFile = (message: string) => new ApiError(HttpStatus.BAD_REQUEST, IMPORT_INVALID_FILE, message);
const jobNotFound = (id: string) => new NotFoundError(IMPORT_JOB_NOT_FOUND, `No import job ${id}`);

/** CSV or JSON import of entries as drafts: row-by-row validation report, then creation in a background job. */
@Injectable()
export class ImportService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly validation: EntryValidationService,
    private readonly runner: ImportRunner,
    private readonly audit: AuditService,
  ) {}

  /** A job left 'running' by a process that died stays visible as failed. */
  async onModuleInit() {
    await importJobQueries.failInterrupted(this.db).catch(() => undefined);
  }

  async start(file: UploadedImportFile | undefined, body: ImportBody, query: ImportQuery, user: AuthUser, meta: RequestMeta) {
    const content = file ? file.buffer.toString('utf8') : body.content;
    if (content === undefined) throw invalidFile('Send the file as multipart field "file", or JSON {content, format}');
    const format = detectFormat(content, body.format, file?.originalname ?? body.filename);
    let raws: unknown[];
    try {
      raws = readImportFile(content, format);
    } catch (err) {
      if (err instanceof ImportFileError) throw invalidFile(err.message);
      throw err;
    }
    // Names for codes ("Zhejiang" → 330000, "省级" → provincial), with "did you mean" for the rest.
    const resolve = await this.nameResolver();
    const named = raws.map((raw) => resolve(raw));
    const results = await this.validation.parseMany(named.map((n) => n.input));
    const rows: ImportRow[] = results.map((r, i) => {
      const slug = (raws[i] as { slug?: unknown } | null)?.slug;
      const hints = named[i].issues.map((h) => ({ path: h.path.join('.'), code: h.code, message: h.message }));
      // Where a name was not recognised, the domain's issue keeps its code and takes the hint's words ("did you mean …?").
      const found = r.ok ? [] : toEntryIssues(r.issues).map((x) => ({ ...x, message: hints.find((h) => h.path === x.path)?.message ?? x.message }));
      const issues = r.ok ? [] : [...found, ...hints.filter((h) => !found.some((x) => x.path === h.path))];
      return { row: i + 1, ok: r.ok, slug: typeof slug === 'string' ? slug : null, issues };
    });
    const items: ImportItem[] = results.flatMap((r, i) => (r.ok ? [{ row: i + 1, data: r.data }] : []));
    const summary = { format, total: rows.length, valid: items.length, invalid: rows.length - items.length };
    if (query.dryRun) return { dryRun: true, jobId: null, ...summary, rows };

    const jobId = await this.db.transaction(async (m) => {
      const id = await importJobQueries.insert(m, { createdBy: user.id, format, total: items.length, report: rows });
      await this.audit.record({ actorId: user.id, action: 'import.start', entityType: 'import_job', entityId: id, after: summary, ...meta }, m);
      return id;
    });
    this.runner.start(jobId, items, user.id, meta);
    return { dryRun: false, jobId, ...summary, rows };
  }

  private async nameResolver() {
    const v = await loadVocabulary(this.db);
    const zones = [...v.regions.values()].filter((r) => r.kind === 'zone');
    return createNameResolver({
      regions: createRegionIndex(zones),
      sectors: v.terms.sector,
      themes: v.terms.theme,
      instruments: v.terms.instrument_type,
      issuers: v.terms.issuing_body,
      metrics: v.terms.metric,
    });
  }

  /** Progress for the CMS's bar, and the report with each created entry's id (or why its row failed). */
  async job(id: string) {
    if (!isUuid(id)) throw jobNotFound(id);
    const j = await importJobQueries.byId(this.db, id);
    if (!j) throw jobNotFound(id);
    const results = new Map(j.results.map((r) => [r.row, r]));
    const rows = j.report.map((r) => {
      const done = results.get(r.row);
      if (!done) return r;
      return done.entryId ? { ...r, entryId: done.entryId } : { ...r, ok: false, issues: done.issues ?? [] };
    });
    return {
      id: j.id,
      status: j.status,
      format: j.format,
      total: j.total,
      processed: j.processed,
      created: j.created_count,
      failed: j.failed_count,
      percent: j.total ? Math.floor((100 * j.processed) / j.total) : 100,
      rows,
      createdBy: j.creator,
      createdAt: new Date(j.created_at).toISOString(),
      finishedAt: j.finished_at ? new Date(j.finished_at).toISOString() : null,
      error: j.error,
    };
  }
}
