import { entryTargetMoves, moveTargetField, targetsMoved, type EntryData } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import { moveOpenCommentFields } from './comments.repository';

/**
 * Comments on one target are stored by its position ("targets.2.value"). When new content moves,
 * removes or reorders targets, the entry's open comments follow their target to its new position,
 * and a removed target's go to the targets section ("targets"), so no remark lands on another
 * target. Call inside the transaction that writes `after`. Returns how many comments moved.
 */
export async function moveTargetComments(m: EntityManager, entryId: string, before: EntryData, after: EntryData): Promise<number> {
  const map = entryTargetMoves(before, after);
  if (!targetsMoved(map)) return 0;
  return moveOpenCommentFields(m, entryId, 'targets.', (field) => moveTargetField(field, map));
}
