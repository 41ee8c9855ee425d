import { computed, ref, type Ref, type ShallowRef } from 'vue';
import { availableActions, isEditableState, refusedByFourEyes, transitionTarget, type WorkflowAction } from '@dualcarbon/domain';
import * as api from '@/api/editor';
import { ApiError } from '@/api/http';
import type { EntryDetail } from '@/api/types';
import { useSessionStore } from '@/stores/session';

export interface EntryWorkflowOptions {
  entryId: Ref<string | null>;
  detail: ShallowRef<EntryDetail | null>;
  /** Unsaved work that can be saved now (it is saved before any action). */
  mustSaveFirst: () => boolean;
  save: () => Promise<boolean>;
  /** Takes the entry as the server has it after the action. */
  applyDetail: (d: EntryDetail) => void;
  afterAction: (id: string) => void;
}

/**
 * Workflow actions on the entry being edited: which buttons this person gets, and running one with the
 * new status shown at once (where the domain's machine says it leads) and put back if the server refuses.
 */
export function useEntryWorkflow(opts: EntryWorkflowOptions) {
  const session = useSessionStore();
  const busyAction = ref<WorkflowAction | null>(null);

  /** Workflow buttons: as the API listed them, else from the domain's rules; never one four eyes refuse (the domain's rule). */
  const actions = computed<WorkflowAction[]>(() => {
    const d = opts.detail.value;
    const u = session.user;
    if (!d || !u) return [];
    const list = d.availableActions ?? availableActions(d.workflowStatus, u, d.authorId, d.submitterId);
    return list.filter((a) => !refusedByFourEyes(a, u.id, d.authorId, d.submitterId));
  });

  /**
   * Runs a workflow action. Unsaved work is saved first; the status changes on screen at once and
   * returns to what it was if the server refuses.
   */
  async function runAction(action: WorkflowAction, comment?: string): Promise<void> {
    const id = opts.entryId.value;
    if (!id || !opts.detail.value) return;
    if (opts.mustSaveFirst()) {
      const ok = await opts.save();
      if (!ok) throw new ApiError(0, 'workflow/save_first', 'save first');
    }
    busyAction.value = action;
    const before = opts.detail.value;
    const optimistic = transitionTarget(action);
    if (before) opts.detail.value = { ...before, workflowStatus: optimistic, availableActions: [], editable: isEditableState(optimistic) };
    try {
      await api.transition(id, action, comment);
      opts.applyDetail(await api.fetchEntry(id));
      opts.afterAction(id);
    } catch (e) {
      opts.detail.value = before;
      throw e;
    } finally {
      busyAction.value = null;
    }
  }

  return { actions, busyAction, runAction };
}
