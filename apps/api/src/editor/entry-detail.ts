import { mayEditContent, type EntryData, type WorkflowAction, type WorkflowState } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import type { EntryEntity } from '../database/entities';
import { actionsFor } from '../review/workflow-scope';
import { contributed, effectiveStatus, isEditable, publishedData, workingData } from './entry-store';
import { userJson, userRefs, type UserRef } from './users';

/** `GET /api/editor/entries/:id` and the answer of every write to one entry. */
export interface EntryDetail {
  id: string;
  slug: string;
  version: number;
  /** The state editors see: the working revision's when a published entry is being revised. */
  workflowStatus: WorkflowState;
  /** The entry's own state (the public copy's): `published` while a revision is under way. */
  entryStatus: WorkflowState;
  /** State of the working revision of a published entry; null when there is none. */
  workingStatus: WorkflowState | null;
  hasWorkingRevision: boolean;
  /** Whether this user may save content now: the state allows it and the user edits (reviewers read and comment). */
  editable: boolean;
  /** Why not, when not: 'status' (the state does not allow edits) or 'role' (this user does not edit content). */
  readOnlyReason: 'status' | 'role' | null;
  authorId: string | null;
  author: UserRef | null;
  submitterId: string | null;
  submittedBy: UserRef | null;
  submittedAt: string | null;
  /** The working copy: what the editor edits and what a review is about. */
  data: EntryData;
  /** The copy the public sees now, or null. */
  published: EntryData | null;
  publishedVersion: number | null;
  publishedAt: string | null;
  availableActions: WorkflowAction[];
  openComments: number;
  /** The workflow history, newest first (at most 50 moves). */
  history: TransitionRecord[];
  createdAt: string;
  updatedAt: string;
  updatedBy: UserRef | null;
}

export interface TransitionRecord {
  action: WorkflowAction;
  /** 'working' when it moved the working revision of a published entry. */
  scope: 'entry' | 'working';
  from: WorkflowState;
  to: WorkflowState;
  actor: UserRef | null;
  comment: string | null;
  version: number;
  at: string;
}

async function history(manager: EntityManager, entryId: string): Promise<TransitionRecord[]> {
  const rows: Array<Record<string, any>> = await manager.query(
    `SELECT t.action, t.scope, t.from_status, t.to_status, t.version, t.created_at, c.body AS comment, ${userJson('t.actor_id')} AS actor
       FROM entry_transitions t LEFT JOIN entry_comments c ON c.id = t.comment_id
      WHERE t.entry_id = $1 ORDER BY t.created_at DESC, t.id DESC LIMIT 50`,
    [entryId],
  );
  return rows.map((r) => ({
    action: r.action, scope: r.scope, from: r.from_status, to: r.to_status, actor: r.actor, comment: r.comment, version: r.version,
    at: new Date(r.created_at).toISOString(),
  }));
}

/** The author id the workflow should use for this user: people who wrote the pending content count as authors. */
export async function workflowAuthor(manager: EntityManager, e: EntryEntity, user: AuthUser): Promise<string | null> {
  if (e.authorId === user.id) return user.id;
  return (await contributed(manager, e, user.id)) ? user.id : e.authorId;
}

/** Trashed entries are only for their author and admins; everything else is visible to every CMS user. */
export async function buildDetail(manager: EntityManager, e: EntryEntity, user: AuthUser): Promise<EntryDetail> {
  const [data, published, refs, authorForWorkflow, comments, moves] = await Promise.all([
    workingData(manager, e),
    publishedData(manager, e),
    userRefs(manager, [e.authorId, e.submittedBy, e.updatedBy]),
    workflowAuthor(manager, e, user),
    manager.query(`SELECT count(*)::int AS n FROM entry_comments WHERE entry_id = $1 AND resolved_at IS NULL`, [e.id]) as Promise<[{ n: number }]>,
    history(manager, e.id),
  ]);
  const ref = (id: string | null) => (id ? refs.get(id) ?? null : null);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: e.id,
    slug: data.slug,
    version: e.version,
    workflowStatus: effectiveStatus(e),
    entryStatus: e.workflowStatus,
    workingStatus: e.workingStatus,
    hasWorkingRevision: e.workingStatus !== null,
    editable: isEditable(e) && mayEditContent(user),
    readOnlyReason: !isEditable(e) ? 'status' : mayEditContent(user) ? null : 'role',
    authorId: e.authorId,
    author: ref(e.authorId),
    submitterId: e.submittedBy,
    submittedBy: ref(e.submittedBy),
    submittedAt: iso(e.submittedAt),
    data,
    published,
    publishedVersion: e.publishedVersion,
    publishedAt: iso(e.publishedAt),
    availableActions: actionsFor(e, user, authorForWorkflow, e.submittedBy),
    openComments: comments[0].n,
    history: moves,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.editedAt.toISOString(),
    updatedBy: ref(e.updatedBy),
  };
}
