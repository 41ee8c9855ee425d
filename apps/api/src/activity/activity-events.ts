import type { EntityManager } from 'typeorm';
import { ENQUEUE_MAIL, INSERT_EVENT } from './activity.queries';

export type ActivityKind = string; // a workflow action, 'comment' or 'comment_resolved'

/**
 * Records what happened to an entry, inside the transaction that did it, and queues mail to the
 * people it now waits on. Returns how many mails were queued (the caller kicks the queue after commit).
 */
export async function recordActivity(m: EntityManager, e: { entryId: string; kind: ActivityKind; actorId: string; comment?: string | null }): Promise<number> {
  const [{ id }] = (await m.query(INSERT_EVENT, [e.entryId, e.kind, e.actorId, e.comment ?? null])) as Array<{ id: string }>;
  const queued = (await m.query(ENQUEUE_MAIL, [id, e.kind, e.entryId, e.actorId])) as unknown[];
  return queued.length;
}
