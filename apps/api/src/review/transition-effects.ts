import type { WorkflowAction, WorkflowState } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import type { EntryEntity } from '../database/entities';
import { discardWorking, promoteWorking, setStatus } from '../editor/entry-store';
import type { Scope } from './workflow-scope';

/**
 * What an allowed transition does to the stored entry (the domain already said it may happen):
 *
 * - on an entry without a working revision: its state changes; publishing stamps published_at
 *   (first time) and published_version, and from then on the public API serves it;
 * - on the working revision of a published entry: the revision's state changes; publish copies the
 *   revision into the public columns and children (one new version) and closes it; discard drops
 *   it (the public copy becomes the working copy again, as a new version; the dropped content stays
 *   in the revisions);
 * - unpublish or archive while a revision is open: the revision's content becomes the entry's (not
 *   public any more) so nothing is lost, and it goes through review again after reopen.
 */
export async function applyTransition(m: EntityManager, e: EntryEntity, scope: Scope, action: WorkflowAction, to: WorkflowState, actorId: string) {
  const submittedBy = action === 'submit' ? actorId : undefined;
  if (scope === 'working') {
    if (action === 'discard') return discardWorking(m, e, actorId);
    if (to === 'published') return promoteWorking(m, e, 'published', actorId, 'publish');
    return setStatus(m, e, { workingStatus: to, submittedBy });
  }
  if (e.workingStatus) return promoteWorking(m, e, to, actorId, action);
  return setStatus(m, e, { workflowStatus: to, submittedBy, published: to === 'published' });
}
