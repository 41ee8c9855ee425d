import { type EntryData, isEditableState, isUuid, type WorkflowState } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import { EntryEntity, PUBLISHED } from '../database/entities';
import { readChildren, type EntryChildren } from '../entries/entry-children';
import { toEntryData } from '../entries/entry.mapper';
import { EntryVersionConflictError, insertEntry, replaceEntry } from '../entries/entry.writer';
import { moveTargetComments } from '../review/comment-targets';
import { entryNotFound } from './editor.errors';
import { canSee } from './visibility';

/**
 * Storage of editorial entries (see README, "Editorial model"). The content columns and child rows
 * of `entries` hold the public copy of a published entry and, before publication, the draft itself.
 * Editing a published entry keeps the public copy and writes `working_data` + `working_status`.
 * Every content change bumps `version` and records an entry_revisions row; status changes do not.
 */

/** The state an editor sees: the working revision's, else the entry's. */
export const effectiveStatus = (e: EntryEntity): WorkflowState => e.workingStatus ?? e.workflowStatus;
export const isLive = (e: EntryEntity) => e.workflowStatus === PUBLISHED;

/** Content can be saved (the domain's editable states); saving a published entry opens a working revision. */
export const isEditable = (e: EntryEntity) => isEditableState(effectiveStatus(e));

/** One entry with its working copy; `lock` (inside a transaction) holds the row until commit. */
export async function findEntry(manager: EntityManager, id: string, lock = false): Promise<EntryEntity | null> {
  if (!isUuid(id)) return null;
  const qb = manager.getRepository(EntryEntity).createQueryBuilder('e').addSelect('e.workingData').where('e.id = :id', { id });
  if (lock) qb.setLock('pessimistic_write');
  return qb.getOne();
}

/** findEntry for an entry the user may see in the CMS (canSee), or 404 entry/not_found. */
export async function findVisibleEntry(manager: EntityManager, id: string, user: AuthUser, lock = false): Promise<EntryEntity> {
  const e = await findEntry(manager, id, lock);
  if (!e || !canSee(e, user)) throw entryNotFound(id);
  return e;
}

export async function loadChildren(manager: EntityManager, entryId: string): Promise<EntryChildren> {
  return readChildren(({ entity, order }) => manager.getRepository(entity).find({ where: { entryId } as never, order: order as never }));
}

/** The content of the columns: the public copy when live, else the draft. */
export async function columnData(manager: EntityManager, e: EntryEntity): Promise<EntryData> {
  return toEntryData(e, await loadChildren(manager, e.id));
}

/** What editors edit: the working revision if there is one, else the columns. */
export async function workingData(manager: EntityManager, e: EntryEntity): Promise<EntryData> {
  return (e.workingData as EntryData | null | undefined) ?? columnData(manager, e);
}

/** What the public sees now, or null. */
export async function publishedData(manager: EntityManager, e: EntryEntity): Promise<EntryData | null> {
  return isLive(e) ? columnData(manager, e) : null;
}

async function insertRevision(
  manager: EntityManager,
  entryId: string,
  version: number,
  status: WorkflowState,
  data: EntryData,
  actorId: string | null,
  note: string,
) {
  await manager.query(`INSERT INTO entry_revisions (entry_id, version, workflow_status, data, created_by, note) VALUES ($1, $2, $3, $4::jsonb, $5, $6)`, [
    entryId,
    version,
    status,
    JSON.stringify(data),
    actorId,
    note,
  ]);
}

/** entry.writer records the revision; this adds who saved and why. */
async function stamp(manager: EntityManager, entryId: string, version: number, actorId: string | null, note: string) {
  await manager.query(`UPDATE entries SET updated_by = $2, edited_at = now() WHERE id = $1`, [entryId, actorId]);
  await manager.query(`UPDATE entry_revisions SET note = $3 WHERE entry_id = $1 AND version = $2`, [entryId, version, note]);
}

/** A new draft authored by the actor, with its first revision. */
export async function createDraft(manager: EntityManager, data: EntryData, actorId: string, note = 'create'): Promise<EntryEntity> {
  const entry = await insertEntry(manager, data, { workflowStatus: 'draft', actorId });
  await stamp(manager, entry.id, entry.version, actorId, note);
  return entry;
}

/**
 * Saves new content for a row read (and locked) at `e.version`: the update applies only
 * `WHERE id = $1 AND version = $2`, so a second writer of the same version gets EntryVersionConflictError.
 * A published entry gets (or updates) its working revision; otherwise the columns change. Returns the new version.
 */
export async function saveContent(manager: EntityManager, e: EntryEntity, data: EntryData, actorId: string | null, note: string): Promise<number> {
  return isLive(e) ? writeWorking(manager, e, data, actorId, note) : writeColumns(manager, e, data, actorId, note);
}

/** The working revision of a published entry (opened as a draft when there is none). */
export async function writeWorking(manager: EntityManager, e: EntryEntity, data: EntryData, actorId: string | null, note: string): Promise<number> {
  const status = e.workingStatus ?? 'draft';
  const [, affected] = await manager.query(
    // updated_at is left alone: it belongs to the public copy, which this does not touch.
    `UPDATE entries SET working_data = $3::jsonb, working_status = $4, version = version + 1, edited_at = now(), updated_by = $5
     WHERE id = $1 AND version = $2`,
    [e.id, e.version, JSON.stringify(data), status, actorId],
  );
  if (affected !== 1) throw new EntryVersionConflictError(e.slug);
  Object.assign(e, { version: e.version + 1, workingData: data, workingStatus: status, updatedBy: actorId });
  await insertRevision(manager, e.id, e.version, status, data, actorId, note);
  return e.version;
}

/** The content columns and child rows, through entry.writer (same version check, revision recorded there). */
export async function writeColumns(manager: EntityManager, e: EntryEntity, data: EntryData, actorId: string | null, note: string): Promise<number> {
  const saved = await replaceEntry(manager, e, data, { workflowStatus: e.workflowStatus, actorId });
  await stamp(manager, e.id, saved.version, actorId, note);
  e.updatedBy = actorId;
  return saved.version;
}

/** Workflow fields only: no content change, so no new version; updated_at moves only with the entry's own state. */
export async function setStatus(
  manager: EntityManager,
  e: EntryEntity,
  change: { workflowStatus?: WorkflowState; workingStatus?: WorkflowState; submittedBy?: string; published?: boolean },
) {
  await manager.query(
    `UPDATE entries SET
       workflow_status = coalesce($2, workflow_status),
       working_status = CASE WHEN working_status IS NULL THEN NULL ELSE coalesce($3, working_status) END,
       submitted_by = coalesce($4, submitted_by),
       submitted_at = CASE WHEN $4::uuid IS NULL THEN submitted_at ELSE now() END,
       published_at = CASE WHEN $5 THEN coalesce(published_at, now()) ELSE published_at END,
       published_version = CASE WHEN $5 THEN version ELSE published_version END,
       updated_at = CASE WHEN $2::varchar IS NULL THEN updated_at ELSE now() END,
       edited_at = now()
     WHERE id = $1`,
    [e.id, change.workflowStatus ?? null, change.workingStatus ?? null, change.submittedBy ?? null, change.published ?? false],
  );
}

/**
 * Moves the working revision into the columns and children (one new version, the state `to`) and
 * clears it: used to publish a revision, and when a live entry with an open revision is
 * unpublished or archived (its content then is the revision's, and goes through review again).
 */
export async function promoteWorking(manager: EntityManager, e: EntryEntity, to: WorkflowState, actorId: string, note: string): Promise<number> {
  const data = e.workingData as EntryData;
  await manager.query(`UPDATE entries SET working_data = NULL, working_status = NULL WHERE id = $1`, [e.id]);
  const saved = await replaceEntry(manager, e, data, {
    workflowStatus: to,
    actorId,
    publishedAt: to === PUBLISHED ? (e.publishedAt ?? new Date()) : undefined,
  });
  await stamp(manager, e.id, saved.version, actorId, note);
  if (to === PUBLISHED) await manager.query(`UPDATE entries SET published_version = version WHERE id = $1`, [e.id]);
  Object.assign(e, { workingData: null, workingStatus: null });
  return saved.version;
}

/** Drops the working revision (discard): the content is the public copy again, as a new version; the revisions keep the dropped one. */
export async function discardWorking(manager: EntityManager, e: EntryEntity, actorId: string): Promise<number> {
  const live = await columnData(manager, e);
  // Comments made on the revision's targets follow them back to where the public copy has them.
  if (e.workingData) await moveTargetComments(manager, e.id, e.workingData as EntryData, live);
  const [, affected] = await manager.query(
    `UPDATE entries SET working_data = NULL, working_status = NULL, version = version + 1, edited_at = now(), updated_by = $3
     WHERE id = $1 AND version = $2`,
    [e.id, e.version, actorId],
  );
  if (affected !== 1) throw new EntryVersionConflictError(e.slug);
  Object.assign(e, { version: e.version + 1, workingData: null, workingStatus: null });
  await insertRevision(manager, e.id, e.version, e.workflowStatus, live, actorId, 'discard');
  return e.version;
}

/** Revisions whose content someone wrote (not publish, discard, retag or a fold on unpublish/archive). */
export const AUTHORED = (r: string) => `(${r}.note IN ('create', 'save', 'autosave', 'import') OR ${r}.note LIKE 'restore:%')`;

/**
 * Whether the user saved any of the content now under review (since the last publication): for
 * the workflow they then count as an author, so they can submit their revision and cannot approve it.
 */
export async function contributed(manager: EntityManager, e: EntryEntity, userId: string): Promise<boolean> {
  const rows = await manager.query(
    `SELECT 1 FROM entry_revisions r WHERE r.entry_id = $1 AND r.created_by = $2 AND r.version > coalesce($3, 0) AND ${AUTHORED('r')} LIMIT 1`,
    [e.id, userId, e.publishedVersion],
  );
  return rows.length > 0;
}
