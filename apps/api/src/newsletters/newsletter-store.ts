import { isEditableState, isUuid, type NewsletterIssue, type WorkflowState } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import { firstRow } from '../database/sql';

/**
 * Storage of newsletter issues (see the migration NewslettersSubscriptions): `data` is the working
 * copy, always present; `published_data` is the public copy, served while workflow_status is published.
 * Editing a published issue opens a working revision (`working_status`) and leaves the public copy as
 * it is until that revision is published. Every content change bumps `version` and records a
 * newsletter_revisions row; status changes do not.
 */
export interface NewsletterRow {
  id: string;
  number: number;
  data: NewsletterIssue;
  publishedData: NewsletterIssue | null;
  workflowStatus: WorkflowState;
  workingStatus: WorkflowState | null;
  version: number;
  authorId: string | null;
  submittedBy: string | null;
  submittedAt: Date | null;
  updatedBy: string | null;
  publishedAt: Date | null;
  publishedVersion: number | null;
  seedChecksum: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A newsletters row's columns under NewsletterRow's names, so a row read with them is a NewsletterRow. */
const NEWSLETTER_COLUMNS = `n.id, n.issue AS number, n.data, n.published_data AS "publishedData", n.workflow_status AS "workflowStatus",
  n.working_status AS "workingStatus", n.version, n.author_id AS "authorId", n.submitted_by AS "submittedBy", n.submitted_at AS "submittedAt",
  n.updated_by AS "updatedBy", n.published_at AS "publishedAt", n.published_version AS "publishedVersion", n.seed_checksum AS "seedChecksum",
  n.created_at AS "createdAt", n.updated_at AS "updatedAt"`;

/** The state editors see: the working revision's, else the issue's. */
export const effectiveStatus = (n: NewsletterRow): WorkflowState => n.workingStatus ?? n.workflowStatus;
export const isLive = (n: NewsletterRow) => n.workflowStatus === 'published';
/** Content can be saved (the domain's editable states); saving a published issue opens a working revision. */
export const isEditable = (n: NewsletterRow) => isEditableState(effectiveStatus(n));

/** One issue by id; `lock` (inside a transaction) holds the row until commit. */
export async function findNewsletter(m: EntityManager, id: string, lock = false): Promise<NewsletterRow | null> {
  if (!isUuid(id)) return null;
  return (await firstRow<NewsletterRow>(m, `SELECT ${NEWSLETTER_COLUMNS} FROM newsletters n WHERE n.id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) ?? null;
}

const titles = (d: NewsletterIssue) => [d.title.en ?? null, d.title.zh ?? null];

export async function insertRevision(
  m: EntityManager,
  id: string,
  version: number,
  status: WorkflowState,
  data: NewsletterIssue,
  actorId: string | null,
  note: string,
) {
  await m.query(`INSERT INTO newsletter_revisions (newsletter_id, version, workflow_status, data, created_by, note) VALUES ($1, $2, $3, $4::jsonb, $5, $6)`, [
    id,
    version,
    status,
    JSON.stringify(data),
    actorId,
    note,
  ]);
}

/** A new draft issue authored by the actor, with its first revision. Returns its id. */
export async function insertDraft(m: EntityManager, data: NewsletterIssue, actorId: string, note: string): Promise<string> {
  const [{ id }] = await m.query(
    `INSERT INTO newsletters (issue, title_en, title_zh, period_from, period_to, data, workflow_status, version, author_id, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, 'draft', 1, $7, $7) RETURNING id`,
    [data.number, ...titles(data), data.periodFrom, data.periodTo, JSON.stringify(data), actorId],
  );
  await insertRevision(m, id, 1, 'draft', data, actorId, note);
  return id;
}

/** Thrown when the row is no longer at the version the write was based on. */
export class NewsletterVersionConflict extends Error {}

/**
 * Saves new content for a row read (and locked) at `n.version`; the update applies only
 * `WHERE id = $1 AND version = $2`. A published issue gets (or keeps) a working revision. Returns the new version.
 */
export async function saveContent(m: EntityManager, n: NewsletterRow, data: NewsletterIssue, actorId: string, note: string): Promise<number> {
  const working = isLive(n) ? (n.workingStatus ?? 'draft') : null;
  const [, affected] = await m.query(
    `UPDATE newsletters SET issue = $3, title_en = $4, title_zh = $5, period_from = $6, period_to = $7, data = $8::jsonb,
            working_status = $9, version = version + 1, updated_at = now(), updated_by = $10
      WHERE id = $1 AND version = $2`,
    [n.id, n.version, data.number, ...titles(data), data.periodFrom, data.periodTo, JSON.stringify(data), working, actorId],
  );
  if (affected !== 1) throw new NewsletterVersionConflict();
  Object.assign(n, { version: n.version + 1, data, number: data.number, workingStatus: working, updatedBy: actorId });
  await insertRevision(m, n.id, n.version, effectiveStatus(n), data, actorId, note);
  return n.version;
}

/**
 * What an allowed transition does to the row: the state changes (the revision's, for scope
 * "working"); publishing copies the working copy to the public one; trashing a revision drops it
 * (the public copy becomes the working copy again, as a new version); unpublishing or archiving
 * closes an open revision, whose content stays the working copy.
 */
export async function applyNewsletterTransition(
  m: EntityManager,
  n: NewsletterRow,
  scope: 'entry' | 'working',
  to: WorkflowState,
  actorId: string,
  submit: boolean,
) {
  const submitted = submit ? actorId : null;
  if (scope === 'working' && to === 'trashed') {
    const restored = n.publishedData ?? n.data;
    await m.query(
      `UPDATE newsletters SET data = published_data, working_status = NULL, version = version + 1, updated_at = now(), updated_by = $2,
              issue = $3, title_en = $4, title_zh = $5, period_from = $6, period_to = $7 WHERE id = $1`,
      [n.id, actorId, restored.number, ...titles(restored), restored.periodFrom, restored.periodTo],
    );
    await insertRevision(m, n.id, n.version + 1, n.workflowStatus, restored, actorId, 'discard');
    return;
  }
  await m.query(
    `UPDATE newsletters SET
            workflow_status = CASE WHEN $5 = 'entry' THEN $2 ELSE workflow_status END,
            working_status = CASE WHEN $5 = 'entry' OR $3 THEN NULL ELSE $2 END,
            published_data = CASE WHEN $3 THEN data ELSE published_data END,
            published_at = CASE WHEN $3 THEN coalesce(published_at, now()) ELSE published_at END,
            published_version = CASE WHEN $3 THEN version ELSE published_version END,
            submitted_by = coalesce($4, submitted_by),
            submitted_at = CASE WHEN $4::uuid IS NULL THEN submitted_at ELSE now() END,
            updated_at = now()
      WHERE id = $1`,
    [n.id, to, to === 'published', submitted, scope],
  );
}

/** Whether the user saved any of the content now under review: they then count as an author (four eyes). */
export async function contributed(m: EntityManager, n: NewsletterRow, userId: string): Promise<boolean> {
  const rows = await m.query(`SELECT 1 FROM newsletter_revisions WHERE newsletter_id = $1 AND created_by = $2 AND version > coalesce($3, 0) LIMIT 1`, [
    n.id,
    userId,
    n.publishedVersion,
  ]);
  return rows.length > 0;
}

/** The author id the workflow should use for this user. */
export async function workflowAuthor(m: EntityManager, n: NewsletterRow, userId: string): Promise<string | null> {
  if (n.authorId === userId) return userId;
  return (await contributed(m, n, userId)) ? userId : n.authorId;
}
