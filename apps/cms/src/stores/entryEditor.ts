import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { entryTargetMoves, isEditableState, mayEditContent, targetsMoved, type EntryInput } from '@dualcarbon/domain';
import * as api from '@/api/editor';
import { asApiError, type ApiError } from '@/api/http';
import { toStale, type EntryDetail, type StaleVersion } from '@/api/types';
import { useAutosave } from '@/composables/useAutosave';
import { useEntryComments } from '@/composables/useEntryComments';
import { useEntryValidation } from '@/composables/useEntryValidation';
import { useEntryWorkflow } from '@/composables/useEntryWorkflow';
import { cleanEntry, toForm, type EntryForm } from '@/lib/entryForm';
import { clearLocalDraft, loadLocalDraft, saveLocalDraft } from '@/lib/localDrafts';
import { applyMerge, sameEntry, threeWay, type FieldMerge } from '@/lib/merge';
import { useSessionStore } from './session';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'offline' | 'error' | 'invalid' | 'conflict';
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface Conflict {
  current: StaleVersion;
  /** The content the edits started from. */
  base: EntryInput | null;
  rows: FieldMerge[];
}

const snapshot = (f: EntryForm): EntryForm => JSON.parse(JSON.stringify(f));

/**
 * One entry being edited: the server's copy and its version, the form, saving (version-checked, 409 →
 * the merge dialog) and the tab's safety copy. Autosave, validation, comments and workflow actions are
 * composables (src/composables/useAutosave, useEntryValidation, useEntryComments, useEntryWorkflow) that
 * this store wires to the entry; their state is exposed here so components keep one store to read.
 */
export const useEntryEditorStore = defineStore('entryEditor', () => {
  const session = useSessionStore();

  const entryId = ref<string | null>(null);
  /** Whose editing this is (a different person signing in on this tab starts afresh). */
  const ownerId = ref<string | null>(null);
  const detail = shallowRef<EntryDetail | null>(null);
  /** Server content at `version` (what the form is compared with). */
  const base = shallowRef<EntryForm | null>(null);
  const version = ref(0);
  const form = ref<EntryForm>(toForm(null));

  const loadState = ref<LoadState>('idle');
  const loadError = ref<ApiError | null>(null);
  const saveState = ref<SaveState>('saved');
  const saveError = ref<ApiError | null>(null);
  const lastSavedAt = ref<string | null>(null);
  const conflict = ref<Conflict | null>(null);
  const restoredFromLocal = ref(false);
  /** Classification suggestions the person dismissed ("field:code"), for this entry. */
  const dismissed = reactive(new Set<string>());
  /** Milliseconds of quiet before an autosave. */
  const autosaveDelay = ref(1500);
  /** Someone else holds the entry (presence store): read-only for this person until they take over. */
  const heldBy = ref<{ user: { id: string; name?: string } | null; since: string } | null>(null);
  /** Until the first heartbeat says who holds the entry, nobody types into it. */
  const awaitingPresence = ref(false);

  let inFlight: Promise<boolean> | null = null;
  let suppressWatch = false;
  /** Replaces the form without it counting as an edit (no autosave, no safety copy). */
  function setFormQuietly(next: EntryForm) {
    suppressWatch = true;
    form.value = next;
    suppressWatch = false;
  }

  const dirty = computed(() => !!base.value && !sameEntry(form.value, base.value));
  const { serverIssues, showAllErrors, touched, issues, issueIndex, touch, errorsFor, resetValidation } = useEntryValidation(form);
  const { comments, loadComments, addComment, resolveComment } = useEntryComments(entryId, version);
  const status = computed(() => detail.value?.workflowStatus ?? 'draft');
  /** The API decides (state and roles); without its answer, the same rule from the domain. */
  const mayEdit = computed(() => detail.value?.editable ?? (isEditableState(status.value) && mayEditContent(session.user)));
  const editable = computed(() => mayEdit.value && !heldBy.value && !awaitingPresence.value);
  /** Why the form is read-only: the entry's state, this person's roles, or a colleague holding it. */
  const readOnlyReason = computed<'status' | 'role' | 'held' | null>(() => {
    if (editable.value) return null;
    if (mayEdit.value) return heldBy.value ? 'held' : null;
    return detail.value?.readOnlyReason ?? (isEditableState(status.value) ? 'role' : 'status');
  });
  const isAuthor = computed(() => !!session.user && detail.value?.authorId === session.user.id);

  const autosave = useAutosave({
    delay: autosaveDelay,
    mayRun: () => editable.value && !conflict.value,
    // Back online: send what waited.
    waitingForNetwork: () => saveState.value === 'offline',
    save: () => save({ autosave: true }),
  });
  const cancelAutosave = autosave.cancel;
  const scheduleAutosave = autosave.schedule;

  function reset() {
    cancelAutosave();
    entryId.value = null;
    ownerId.value = null;
    detail.value = null;
    base.value = null;
    version.value = 0;
    setFormQuietly(toForm(null));
    loadState.value = 'idle';
    loadError.value = null;
    saveState.value = 'saved';
    saveError.value = null;
    resetValidation();
    conflict.value = null;
    restoredFromLocal.value = false;
    dismissed.clear();
    comments.value = [];
    lastSavedAt.value = null;
    heldBy.value = null;
  }

  function applyDetail(d: EntryDetail, opts: { keepForm?: boolean } = {}) {
    detail.value = d;
    version.value = d.version;
    base.value = toForm(d.data);
    lastSavedAt.value = d.updatedAt ?? lastSavedAt.value;
    if (!opts.keepForm) {
      setFormQuietly(toForm(d.data));
    }
    saveState.value = dirty.value ? 'dirty' : 'saved';
  }

  const userId = () => session.user?.id ?? session.lastUserId ?? null;

  /** Loads an entry; unsaved work from this tab comes back (or goes to the merge dialog if the server moved on). */
  async function open(id: string, opts: { force?: boolean } = {}) {
    const uid = session.user?.id ?? null;
    if (entryId.value === id && loadState.value === 'ready' && !opts.force && ownerId.value === uid) {
      // Back after signing in again: carry on where the person was.
      if (dirty.value && !conflict.value) scheduleAutosave();
      return;
    }
    if (entryId.value !== id || ownerId.value !== uid) reset();
    entryId.value = id;
    ownerId.value = uid;
    loadState.value = 'loading';
    try {
      const d = await api.fetchEntry(id);
      if (entryId.value !== id) return;
      applyDetail(d);
      restoreLocal(d);
      loadState.value = 'ready';
      void loadComments();
    } catch (e) {
      if (entryId.value !== id) return;
      loadError.value = asApiError(e);
      loadState.value = 'error';
    }
  }

  function restoreLocal(d: EntryDetail) {
    const uid = userId();
    if (!uid) return;
    const local = loadLocalDraft(uid, d.id);
    if (!local) return;
    if (sameEntry(local.data, d.data) || sameEntry(local.data, local.base)) {
      clearLocalDraft(uid, d.id);
      return;
    }
    setFormQuietly(toForm(local.data));
    restoredFromLocal.value = true;
    if (local.baseVersion !== d.version) {
      // Someone saved since: merge three ways, with what the edits started from as the base.
      openConflict({ version: d.version, data: d.data, updatedBy: d.updatedBy, updatedAt: d.updatedAt }, local.base);
    } else {
      saveState.value = 'dirty';
      scheduleAutosave();
    }
  }

  function discardLocal() {
    const uid = userId();
    if (uid && entryId.value) clearLocalDraft(uid, entryId.value);
    conflict.value = null;
    if (base.value) setFormQuietly(toForm(base.value));
    restoredFromLocal.value = false;
    saveState.value = 'saved';
  }

  function persistLocal() {
    const uid = userId();
    if (!uid || !entryId.value || !base.value) return;
    if (dirty.value || conflict.value) {
      saveLocalDraft({
        entryId: entryId.value,
        userId: uid,
        baseVersion: version.value,
        base: cleanEntry(base.value),
        data: cleanEntry(form.value),
        savedAt: new Date().toISOString(),
      });
    } else clearLocalDraft(uid, entryId.value);
  }

  watch(
    form,
    () => {
      if (suppressWatch || loadState.value !== 'ready') return;
      persistLocal();
      if (dirty.value) {
        if (saveState.value === 'saved' || saveState.value === 'invalid' || saveState.value === 'error') saveState.value = 'dirty';
        scheduleAutosave();
      } else if (saveState.value === 'dirty' || saveState.value === 'invalid') saveState.value = 'saved'; // back to what the server has
    },
    { deep: true },
  );

  /**
   * Saves the form if it changed. Returns true when the server has everything typed so far.
   * Concurrent calls wait for the save in flight, then save again if more was typed meanwhile.
   */
  async function save(opts: { autosave?: boolean } = {}): Promise<boolean> {
    cancelAutosave();
    if (inFlight) {
      await inFlight;
      if (!dirty.value) return saveState.value === 'saved';
    }
    if (!entryId.value || !base.value || loadState.value !== 'ready') return false;
    if (conflict.value) {
      saveState.value = 'conflict';
      return false;
    }
    if (!dirty.value) {
      saveState.value = 'saved';
      return true;
    }
    if (!editable.value) return false;
    if (session.status === 'expired') return false;
    if (issues.value.length) {
      // The API validates every save: an entry with problems waits here (and in this tab's storage).
      saveState.value = 'invalid';
      if (!opts.autosave) showAllErrors.value = true;
      return false;
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      saveState.value = 'offline';
      return false;
    }
    const id = entryId.value;
    const sent = snapshot(form.value);
    const basedOn = version.value;
    saveState.value = 'saving';
    saveError.value = null;
    inFlight = (async () => {
      try {
        const d = await api.saveEntry(id, cleanEntry(sent), basedOn, { autosave: opts.autosave });
        if (entryId.value !== id) return false;
        serverIssues.value = [];
        // The base is what we sent (the form may have moved on while the request ran).
        detail.value = { ...d, data: d.data && Object.keys(d.data).length ? d.data : cleanEntry(sent) };
        version.value = d.version > basedOn ? d.version : basedOn + 1;
        // The API moved the comments of moved or removed targets with them: show them where they are now.
        if (base.value && targetsMoved(entryTargetMoves(base.value, sent))) void loadComments();
        base.value = sent;
        lastSavedAt.value = d.updatedAt ?? new Date().toISOString();
        saveState.value = dirty.value ? 'dirty' : 'saved';
        persistLocal();
        if (dirty.value) scheduleAutosave();
        return !dirty.value;
      } catch (e) {
        return handleSaveError(e);
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  function handleSaveError(e: unknown): false {
    const err = asApiError(e);
    saveError.value = err;
    if (err.offline) saveState.value = 'offline';
    else if (err.code === 'entry/stale_version' || (err.status === 409 && toStale(err.body))) {
      const current = toStale(err.body);
      if (current) openConflict(current, base.value ? cleanEntry(base.value) : null);
      else saveState.value = 'error';
    } else if (err.status === 422 || err.code === 'entry/slug_taken' || err.code === 'entry/invalid') {
      serverIssues.value = err.issues.map((i) => ({ path: i.path, code: i.code ?? 'api', message: i.message }));
      saveState.value = 'invalid';
    } else if (err.status === 401) saveState.value = 'dirty';
    else {
      saveState.value = 'error';
      if (err.code === 'entry/not_editable') void refresh();
    }
    return false;
  }

  function openConflict(current: StaleVersion, mergeBase: EntryInput | null) {
    cancelAutosave();
    conflict.value = { current, base: mergeBase, rows: threeWay(mergeBase, form.value, current.data) };
    saveState.value = 'conflict';
    persistLocal();
  }

  /** Applies the choices of the merge dialog on top of their version and saves the result. */
  async function resolveConflict(): Promise<boolean> {
    const c = conflict.value;
    if (!c) return true;
    const merged = applyMerge(c.current.data, c.rows);
    base.value = toForm(c.current.data);
    version.value = c.current.version;
    if (detail.value)
      detail.value = {
        ...detail.value,
        version: c.current.version,
        data: c.current.data,
        updatedBy: c.current.updatedBy ?? detail.value.updatedBy,
        updatedAt: c.current.updatedAt ?? detail.value.updatedAt,
      };
    conflict.value = null;
    setFormQuietly(merged);
    persistLocal();
    saveState.value = dirty.value ? 'dirty' : 'saved';
    return save();
  }

  /** Re-reads the entry's state without touching the form (after a workflow action elsewhere). */
  async function refresh() {
    if (!entryId.value) return;
    try {
      const d = await api.fetchEntry(entryId.value);
      const keep = dirty.value;
      applyDetail(d, { keepForm: keep });
    } catch {
      /* keep what we have */
    }
  }

  const { actions, busyAction, runAction } = useEntryWorkflow({
    entryId,
    detail,
    mustSaveFirst: () => editable.value && dirty.value,
    save: () => save(),
    applyDetail: (d) => applyDetail(d),
    afterAction: (id) => {
      const uid = userId();
      if (uid) clearLocalDraft(uid, id);
      showAllErrors.value = false;
      void loadComments();
    },
  });

  /** Makes an earlier revision the new working draft. */
  async function restoreRevision(v: number): Promise<EntryDetail | null> {
    if (!entryId.value) return null;
    const d = await api.restoreRevision(entryId.value, v);
    const fresh = d.id ? await api.fetchEntry(entryId.value).catch(() => d) : await api.fetchEntry(entryId.value);
    applyDetail(fresh);
    persistLocal();
    return fresh;
  }

  return {
    entryId,
    detail,
    base,
    version,
    form,
    loadState,
    loadError,
    saveState,
    saveError,
    lastSavedAt,
    serverIssues,
    conflict,
    restoredFromLocal,
    showAllErrors,
    touched,
    comments,
    busyAction,
    autosaveDelay,
    dismissed,
    heldBy,
    awaitingPresence,
    dirty,
    issues,
    issueIndex,
    status,
    editable,
    readOnlyReason,
    isAuthor,
    actions,
    open,
    reset,
    save,
    resolveConflict,
    discardLocal,
    persistLocal,
    refresh,
    loadComments,
    addComment,
    resolveComment,
    runAction,
    restoreRevision,
    touch,
    errorsFor,
    cancelAutosave,
    scheduleAutosave,
  };
});
