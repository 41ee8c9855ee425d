import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Diff, EntryData, EntryDetail, Revision, RevisionList, RevisionWithData } from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import type { RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import { NotFoundError, REVISION_NOT_FOUND } from '../common/errors';
import { EditorEntriesService } from '../editor/editor-entries.service';
import { parseIfMatch } from '../editor/editor.schemas';
import { isLive, publishedData, workingData } from '../editor/entry-store';
import { revisionSummary } from '../editor/revision-rows';
import type { EntryEntity } from '../database/entities';
import { diffEntries } from './entry-diff';
import { revisionQueries, type RevisionRow } from './revisions.queries';
import type { DiffQuery, RestoreBody, RevisionListQuery, RevisionRef } from './revisions.schemas';

const revisionNotFound = (what: string) => new NotFoundError(REVISION_NOT_FOUND, what);

/** Every saved state of an entry: list, read, compare, restore. */
@Injectable()
export class RevisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly entries: EditorEntriesService,
  ) {}

  private view(e: EntryEntity, r: RevisionRow): Revision {
    return {
      ...revisionSummary(r),
      published: isLive(e) && r.version === e.publishedVersion,
      current: r.version === e.version,
    };
  }

  async list(id: string, q: RevisionListQuery, user: AuthUser): Promise<RevisionList> {
    const e = await this.entries.find(id, user);
    const all = q.autosaves === 'all';
    const published = isLive(e) ? e.publishedVersion : null;
    const rows = await revisionQueries.list(this.db, id, q.pageSize, (q.page - 1) * q.pageSize, all, published);
    // A page past the end has no rows to carry the counts.
    const folded = rows.length ? Number(rows[0]!.folded_autosaves) : await revisionQueries.countFolded(this.db, id, published);
    const total = rows.length ? Number(rows[0]!.total) : (await revisionQueries.count(this.db, id)) - (all ? 0 : folded);
    return { items: rows.map((r) => this.view(e, r)), total, foldedAutosaves: all ? 0 : folded, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string, version: number, user: AuthUser): Promise<RevisionWithData> {
    const e = await this.entries.find(id, user);
    const row = await revisionQueries.withData(this.db, id, version);
    if (!row) throw revisionNotFound(`Entry ${id} has no version ${version}`);
    return { ...this.view(e, row), data: row.data as EntryData };
  }

  /** Field-level differences between two versions, or against the published or current copy. */
  async diff(id: string, q: DiffQuery, user: AuthUser): Promise<Diff> {
    const e = await this.entries.find(id, user);
    const from: RevisionRef = q.from ?? (isLive(e) ? 'published' : Math.max(1, e.version - 1));
    const to: RevisionRef = q.to ?? 'current';
    const [a, b] = await Promise.all([this.resolve(e, from), this.resolve(e, to)]);
    return { from: { ref: from, ...a }, to: { ref: to, ...b }, changes: diffEntries(a.data, b.data) };
  }

  private async resolve(e: EntryEntity, ref: RevisionRef): Promise<{ version: number | null; data: EntryData }> {
    if (ref === 'current') return { version: e.version, data: await workingData(this.db.manager, e) };
    if (ref === 'published') {
      const data = await publishedData(this.db.manager, e);
      if (!data) throw revisionNotFound('The entry is not published');
      return { version: e.publishedVersion, data };
    }
    const data = await revisionQueries.data(this.db, e.id, ref);
    if (!data) throw revisionNotFound(`Entry ${e.id} has no version ${ref}`);
    return { version: ref, data };
  }

  /**
   * Saves an old version's content as a new revision (the version increments), through the same
   * validation and version check as any save. On a published entry it becomes the working revision.
   */
  async restore(id: string, version: number, body: RestoreBody, ifMatch: string | undefined, user: AuthUser, meta: RequestMeta): Promise<EntryDetail> {
    const e = await this.entries.find(id, user);
    const data = await revisionQueries.data(this.db, id, version);
    if (!data) throw revisionNotFound(`Entry ${id} has no version ${version}`);
    const based = parseIfMatch(ifMatch) ?? body.version ?? e.version;
    return this.entries.save(id, data, user, { version: based, note: `restore:${version}` }, meta);
  }
}
