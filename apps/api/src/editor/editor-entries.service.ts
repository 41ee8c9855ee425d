import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StaleRead } from '../database/sql';
import type { RequestMeta } from '../audit/audit.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import type { EntryEntity } from '../database/entities';
import { attachSourceFiles } from '../entry-files/attach';
import { moveTargetComments } from '../review/comment-targets';
import { EntryVersionConflictError } from '../entries/entry.writer';
import { changedFields } from '../revisions/entry-diff';
import { entryNotFound, isSlugViolation, notEditable, slugTakenByRace, staleVersion, versionRequired, type CurrentVersion } from './editor.errors';
import type { EntryDetail } from '@dualcarbon/domain';
import { buildDetail } from './entry-detail';
import { createDraft, effectiveStatus, findEntry, findVisibleEntry, isEditable, saveContent, workingData } from './entry-store';
import { EntryValidationService } from './entry-validation.service';
import { parseIfMatch, splitSaveBody, type SaveQuery } from './editor.schemas';
import { userRefs } from './users';

export interface SaveOptions {
  /** The version the edit is based on, from If-Match or the body. */
  version?: number;
  autosave?: boolean;
  /** What the revision records (restore:<n> for a restored revision). */
  note?: string;
}

/** Creating, reading and saving entries in the CMS. Transitions live in src/review. */
@Injectable()
export class EditorEntriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly validation: EntryValidationService,
    private readonly audit: AuditService,
  ) {}

  /** A visible entry, or 404 entry/not_found. */
  async find(id: string, user: AuthUser): Promise<EntryEntity> {
    return findVisibleEntry(this.db.manager, id, user);
  }

  async get(id: string, user: AuthUser): Promise<EntryDetail> {
    return buildDetail(this.db.manager, await this.find(id, user), user);
  }

  async create(raw: unknown, user: AuthUser, meta: RequestMeta): Promise<EntryDetail> {
    const data = await this.validation.parseOrThrow(raw, null, user.id);
    const entry = await this.db
      .transaction(async (m) => {
        const e = await createDraft(m, data, user.id);
        await attachSourceFiles(m, e.id, data, user.id);
        await this.audit.record(
          { actorId: user.id, action: 'entry.create', entityType: 'entry', entityId: e.id, after: { version: e.version, status: 'draft', data }, ...meta },
          m,
        );
        return e;
      })
      .catch((err) => {
        throw isSlugViolation(err) ? slugTakenByRace(data.slug) : err;
      });
    return this.get(entry.id, user);
  }

  /** `PUT …/entries/:id`: the version from If-Match or the body, the entry from `data` or the body itself. */
  async update(id: string, body: unknown, ifMatch: string | undefined, query: SaveQuery, user: AuthUser, meta: RequestMeta): Promise<EntryDetail> {
    const { raw, version } = splitSaveBody(body);
    return this.save(id, raw, user, { version: parseIfMatch(ifMatch) ?? version, autosave: query.autosave }, meta);
  }

  /**
   * Saves the working copy. The row is locked, its version compared with the one the edit was based
   * on, and the write itself is `UPDATE … WHERE id = $1 AND version = $2`: of concurrent saves of
   * one version exactly one wins; the others get 409 entry/stale_version with the current state.
   */
  async save(id: string, raw: unknown, user: AuthUser, opts: SaveOptions, meta: RequestMeta): Promise<EntryDetail> {
    if (opts.version === undefined) throw versionRequired();
    const based = opts.version;
    await this.find(id, user);
    const data = await this.validation.parseOrThrow(raw, id, user.id);
    const action = opts.note?.startsWith('restore') ? 'entry.restore_revision' : opts.autosave ? 'entry.autosave' : 'entry.update';
    try {
      await this.db.transaction(async (m) => {
        const e = await findVisibleEntry(m, id, user, true);
        if (e.version !== based) throw new StaleRead();
        if (!isEditable(e)) throw notEditable(effectiveStatus(e));
        const before = await workingData(m, e);
        const status = effectiveStatus(e);
        const changes = changedFields(before, data);
        // An autosave that changes nothing is not a new state: no version, no revision.
        if (opts.autosave && !Object.keys(changes.after).length) return;
        const version = await saveContent(m, e, data, user.id, opts.note ?? (opts.autosave ? 'autosave' : 'save'));
        await moveTargetComments(m, id, before, data);
        await attachSourceFiles(m, id, data, user.id);
        await this.audit.record(
          {
            actorId: user.id,
            action,
            entityType: 'entry',
            entityId: id,
            before: { version: based, status, fields: changes.before },
            after: { version, status: effectiveStatus(e), fields: changes.after },
            ...meta,
          },
          m,
        );
      });
    } catch (err) {
      if (err instanceof StaleRead || err instanceof EntryVersionConflictError) throw staleVersion(based, await this.current(id));
      if (isSlugViolation(err)) throw slugTakenByRace(data.slug);
      throw err;
    }
    return this.get(id, user);
  }

  /** What a stale writer needs to merge: the committed version, its content, who saved it and when. */
  async current(id: string): Promise<CurrentVersion> {
    const e = await findEntry(this.db.manager, id);
    if (!e) throw entryNotFound(id);
    const [data, refs] = await Promise.all([workingData(this.db.manager, e), userRefs(this.db.manager, [e.updatedBy])]);
    return { version: e.version, data, updatedBy: (e.updatedBy && refs.get(e.updatedBy)) || null, updatedAt: e.editedAt.toISOString() };
  }
}
