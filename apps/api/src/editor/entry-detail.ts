import { mayEditContent, type EntryDetail, type TransitionRecord } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import type { EntryEntity } from '../database/entities';
import { actionsFor } from '../review/workflow-scope';
import { contributed, isEditable, publishedData, workingData } from './entry-store';
import { userJson } from './users';
import { workflowDetail } from './workflow-detail';

async function history(manager: EntityManager, entryId: string): Promise<TransitionRecord[]> {
  const rows: Array<Record<string, any>> = await manager.query(
    `SELECT t.action, t.scope, t.from_status, t.to_status, t.version, t.created_at, c.body AS comment, ${userJson('t.actor_id')} AS actor
       FROM entry_transitions t LEFT JOIN entry_comments c ON c.id = t.comment_id
      WHERE t.entry_id = $1 ORDER BY t.created_at DESC, t.id DESC LIMIT 50`,
    [entryId],
  );
  return rows.map((r) => ({
    action: r.action,
    scope: r.scope,
    from: r.from_status,
    to: r.to_status,
    actor: r.actor,
    comment: r.comment,
    version: r.version,
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
  const [data, published, workflow, authorForWorkflow, comments, moves] = await Promise.all([
    workingData(manager, e),
    publishedData(manager, e),
    workflowDetail(manager, e),
    workflowAuthor(manager, e, user),
    manager.query(`SELECT count(*)::int AS n FROM entry_comments WHERE entry_id = $1 AND resolved_at IS NULL`, [e.id]) as Promise<[{ n: number }]>,
    history(manager, e.id),
  ]);
  return {
    id: e.id,
    slug: data.slug,
    ...workflow,
    entryStatus: e.workflowStatus,
    editable: isEditable(e) && mayEditContent(user),
    readOnlyReason: !isEditable(e) ? 'status' : mayEditContent(user) ? null : 'role',
    submitterId: e.submittedBy,
    data,
    published,
    availableActions: actionsFor(e, user, authorForWorkflow, e.submittedBy),
    openComments: comments[0].n,
    history: moves,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.editedAt.toISOString(),
  };
}
