import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { availableActions, mayEditContent, type EntryInput, type WorkflowAction } from '@dualcarbon/domain';
import * as api from '@/api/editor';
import { ApiError } from '@/api/http';
import { toStale, type EntryComment, type EntryDetail, type StaleVersion } from '@/api/types';
import { cleanEntry, toForm, type EntryForm } from '@/lib/entryForm';
import { clearLocalDraft, loadLocalDraft, saveLocalDraft } from '@/lib/localDrafts';
import { applyMerge, sameEntry, threeWay, type FieldMerge } from '@/lib/merge';
import { indexIssues, validateForm, type ValidationIssue } from '@/lib/validation';
import { useSessionStore } from './session';
import { useTaxonomyStore } from './taxonomy';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'offline' | 'error' | 'invalid' | 'conflict';
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** Entries in these states have an editable working copy (a published one edits its working revision). */
export const EDITABLE_STATES: readonly string[] = ['draft', 'changes_requested', 'published'];

export interface Conflict {
  current: StaleVersion;
  /** The content the edits started from. */
  base: EntryInput | null;
  rows: FieldMerge[];
}

const snapshot = (f: EntryForm): EntryForm => JSON.parse(JSON.stringify(f));

/**
 * One entry being edited: the server's copy and version, the form, autosave, the local safety copy,
 * conflicts (409), validation, comments and workflow actions.
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
  const serverIssues = ref<ValidationIssue[]>([]);
  const conflict = ref<Conflict | null>(null);
  const restoredFromLocal = ref(false);
  /** After an attempt to submit, every problem shows, not only those of fields already visited. */
  const showAllErrors = ref(false);
  const touched = reactive(new Set<string>());
  const comments = ref<EntryComment[]>([]);
  const busyAction = ref<WorkflowAction | null>(null);
  /** Classification suggestions the person dismissed ("field:code"), for this entry. */
  const dismissed = reactive(new Set<string>());
  /** Milliseconds of quiet before an autosave. */
  const autosaveDelay = ref(1500);
  /** Someone else holds the entry (presence store): read-only for this person until they take over. */
  const heldBy = ref<{ user: { id: string; name?: string } | null; since: string } | null>(null);
  /** Until the first heartbeat says who holds the entry, nobody types into it. */
  const awaitingPresence = ref(false);

  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<boolean> | null = null;
  let suppressWatch = false;

  // Back online: send what waited.
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => {
      if (saveState.value === 'offline') void save({ autosave: true });
    });
  }

  const dirty = computed(() => !!base.value && !sameEntry(form.value, base.value));
  const taxonomy = useTaxonomyStore();
  const issues = computed(() => validateForm(form.value, { taxonomy: taxonomy.validation }));
  const issueIndex = computed(() => indexIssues([...issues.value, ...serverIssues.value.filter((s) => !issues.value.some((i) => i.path.join('.') === s.path.join('.')))]));
  const status = computed(() => detail.value?.workflowStatus ?? 'draft');
  /** The API decides (state and roles); without its answer, the same rule from the domain. */
  const mayEdit = computed(() => detail.value?.editable ?? (EDITABLE_STATES.includes(status.value) && mayEditContent(session.user)));
  const editable = computed(() => mayEdit.value && !heldBy.value && !awaitingPresence.value);
  /** Why the form is read-only: the entry's state, this person's roles, or a colleague holding it. */
  const readOnlyReason = computed<'status' | 'role' | 'held' | null>(() => {
    if (editable.value) return null;
    if (mayEdit.value) return heldBy.value ? 'held' : null;
    return detail.value?.readOnlyReason ?? (EDITABLE_STATES.includes(status.value) ? 'role' : 'status');
  });
  const isAuthor = computed(() => !!session.user && detail.value?.authorId === session.user.id);

  /** Workflow buttons: as the API listed them, else from the domain's rules; approve never for the author or submitter. */
  const actions = computed<WorkflowAction[]>(() => {
    const d = detail.value;
    const u = session.user;
    if (!d || !u) return [];
    const list = d.availableActions ?? availableActions(d.workflowStatus, u, d.authorId, d.submitterId);
    return list.filter((a) => a !== 'approve' || (u.id !== d.authorId && u.id !== d.submitterId));
  });

  function reset() {
    cancelAutosave();
    entryId.value = null;
    ownerId.value = null;
    detail.value = null;
    base.value = null;
    version.value = 0;
    suppressWatch = true;
    form.value = toForm(null);
    suppressWatch = false;
    loadState.value = 'idle';
    loadError.value = null;
    saveState.value = 'saved';
    saveError.value = null;
    serverIssues.value = [];
    conflict.value = null;
    restoredFromLocal.value = false;
    showAllErrors.value = false;
    touched.clear();
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
      suppressWatch = true;
      form.value = toForm(d.data);
      suppressWatch = false;
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
      loadError.value = e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e));
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
    suppressWatch = true;
    form.value = toForm(local.data);
    suppressWatch = false;
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
    suppressWatch = true;
    if (base.value) form.value = toForm(base.value);
    suppressWatch = false;
    restoredFromLocal.value = false;
    saveState.value = 'saved';
  }

  function persistLocal() {
    const uid = userId();
    if (!uid || !entryId.value || !base.value) return;
    if (dirty.value || conflict.value) {
      saveLocalDraft({ entryId: entryId.value, userId: uid, baseVersion: version.value, base: cleanEntry(base.value), data: cleanEntry(form.value), savedAt: new Date().toISOString() });
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

  function cancelAutosave() {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function scheduleAutosave() {
    cancelAutosave();
    if (!editable.value || conflict.value) return;
    timer = setTimeout(() => void save({ autosave: true }), autosaveDelay.value);
  }

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
    const err = e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e));
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
    if (detail.value) detail.value = { ...detail.value, version: c.current.version, data: c.current.data, updatedBy: c.current.updatedBy ?? detail.value.updatedBy, updatedAt: c.current.updatedAt ?? detail.value.updatedAt };
    conflict.value = null;
    suppressWatch = true;
    form.value = merged;
    suppressWatch = false;
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

  async function loadComments() {
    if (!entryId.value) return;
    try {
      comments.value = await api.listComments(entryId.value);
    } catch {
      /* comments are secondary; the editor works without them */
    }
  }

  /** Posts a comment, shown at once and taken back if the server refuses it. */
  async function addComment(body: string, field?: string | null): Promise<boolean> {
    if (!entryId.value) return false;
    const temp: EntryComment = {
      id: `tmp-${Date.now()}`, entryId: entryId.value, body, field: field ?? null, action: null, version: version.value, resolvedAt: null, resolvedBy: null,
      author: session.user ? { id: session.user.id, name: session.user.name, email: session.user.email } : null, createdAt: new Date().toISOString(),
    };
    comments.value = [...comments.value, temp];
    try {
      const saved = await api.addComment(entryId.value, body, field);
      comments.value = comments.value.map((c) => (c.id === temp.id ? { ...saved, field: saved.field ?? temp.field, author: saved.author ?? temp.author, body: saved.body || body } : c));
      return true;
    } catch (e) {
      comments.value = comments.value.filter((c) => c.id !== temp.id);
      throw e;
    }
  }

  /** Marks a comment resolved at once; undone if the server refuses. */
  async function resolveComment(commentId: string): Promise<void> {
    if (!entryId.value) return;
    const before = comments.value;
    comments.value = comments.value.map((c) => (c.id === commentId ? { ...c, resolvedAt: new Date().toISOString() } : c));
    try {
      await api.resolveComment(entryId.value, commentId);
    } catch (e) {
      comments.value = before;
      throw e;
    }
  }

  /**
   * Runs a workflow action. Unsaved work is saved first; the status changes on screen at once and
   * returns to what it was if the server refuses.
   */
  async function runAction(action: WorkflowAction, comment?: string): Promise<void> {
    const id = entryId.value;
    const d = detail.value;
    if (!id || !d) return;
    if (editable.value && dirty.value) {
      const ok = await save();
      if (!ok) throw new ApiError(0, 'workflow/save_first', 'save first');
    }
    busyAction.value = action;
    const before = detail.value;
    const optimistic = OPTIMISTIC_TO[action];
    if (optimistic && before) detail.value = { ...before, workflowStatus: optimistic, availableActions: [], editable: EDITABLE_STATES.includes(optimistic) };
    try {
      await api.transition(id, action, comment);
      const fresh = await api.fetchEntry(id);
      applyDetail(fresh);
      const uid = userId();
      if (uid) clearLocalDraft(uid, id);
      showAllErrors.value = false;
      void loadComments();
    } catch (e) {
      detail.value = before;
      throw e;
    } finally {
      busyAction.value = null;
    }
  }

  /** Makes an earlier revision the new working draft. */
  async function restoreRevision(v: number): Promise<EntryDetail | null> {
    if (!entryId.value) return null;
    const d = await api.restoreRevision(entryId.value, v);
    const fresh = d.id ? await api.fetchEntry(entryId.value).catch(() => d) : await api.fetchEntry(entryId.value);
    applyDetail(fresh);
    persistLocal();
    return fresh;
  }

  function touch(path: string) {
    touched.add(path);
  }

  /** Messages for a field: shown once it was visited, after a submit attempt, or when the server sent them. */
  function errorsFor(path: string): string[] {
    const own = issueIndex.value.at(path);
    if (!own.length) return [];
    if (showAllErrors.value || serverIssues.value.some((i) => i.path.join('.') === path)) return own;
    for (const t of touched) if (path === t || path.startsWith(`${t}.`)) return own;
    return [];
  }

  return {
    entryId, detail, base, version, form, loadState, loadError, saveState, saveError, lastSavedAt, serverIssues, conflict,
    restoredFromLocal, showAllErrors, touched, comments, busyAction, autosaveDelay, dismissed, heldBy, awaitingPresence,
    dirty, issues, issueIndex, status, editable, readOnlyReason, isAuthor, actions,
    open, reset, save, resolveConflict, discardLocal, persistLocal, refresh, loadComments, addComment, resolveComment, runAction, restoreRevision,
    touch, errorsFor, cancelAutosave, scheduleAutosave,
  };
});

/** Where an action leads, shown before the server confirms. */
const OPTIMISTIC_TO: Partial<Record<WorkflowAction, EntryDetail['workflowStatus']>> = {
  submit: 'in_review',
  withdraw: 'draft',
  request_changes: 'changes_requested',
  approve: 'approved',
  publish: 'published',
  unpublish: 'unpublished',
  archive: 'archived',
  trash: 'trashed',
  discard: 'published',
  restore: 'draft',
  reopen: 'draft',
};
