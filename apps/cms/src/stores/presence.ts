import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as api from '@/api/activity';
import type { ActivityItem, Presence } from '@/api/activity';
import type { UserRef } from '@/api/types';
import { useEntryEditorStore } from './entryEditor';
import { useSessionStore } from './session';

/**
 * Who else has the open entry, from a heartbeat the API keeps in PostgreSQL: the person holding it
 * ("Anna is editing — since 3 min"), a take-over, and the entry's pulse (a colleague's save, workflow
 * move or comment updates the page). The editor store's form is read-only while someone else holds it.
 */
export const usePresenceStore = defineStore('presence', () => {
  const session = useSessionStore();
  const editor = useEntryEditorStore();
  const entryId = ref<string | null>(null);
  const data = ref<Presence | null>(null);
  /** Set when someone took the entry from this page. */
  const takenOver = ref<{ by: UserRef | null; at: string } | null>(null);
  /** What colleagues did to this entry since the page opened, for notices. */
  const news = ref<ActivityItem[]>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let held = false;
  let lastEvent: number | null = null;

  const me = () => session.user?.id ?? null;
  const others = computed(() => (data.value?.present ?? []).filter((p) => p.user && p.user.id !== me()));
  /** Someone else holds the entry. */
  const holder = computed(() => (data.value?.editor && data.value.editor.user?.id !== me() ? data.value.editor : null));

  function schedule(seconds = data.value?.heartbeatSeconds ?? 15) {
    clearTimeout(timer);
    timer = setTimeout(() => void beat(), seconds * 1000);
  }

  async function beat(opts: { takeOver?: boolean } = {}) {
    const id = entryId.value;
    if (!id) return;
    const wants = !!editor.detail?.editable;
    try {
      const p = await api.heartbeat(id, { editing: wants, takeOver: opts.takeOver });
      if (entryId.value !== id) return;
      const lost = held && !p.you.editing && !!p.editor && p.editor.user?.id !== me();
      if (lost) {
        // Save what was typed before turning read-only: the taker sees it (or merges it).
        if (editor.dirty) await editor.save();
        takenOver.value = { by: p.editor!.user, at: p.editor!.since };
      }
      if (p.you.editing) takenOver.value = null;
      held = p.you.editing;
      data.value = p;
      editor.heldBy = wants && !p.you.editing && p.editor ? p.editor : null;
      await followPulse(id, p.entry);
    } catch {
      /* offline or signed out: the next beat tries again; saving is still version-checked */
    } finally {
      if (entryId.value === id) {
        editor.awaitingPresence = false;
        schedule();
      }
    }
  }

  /** A colleague saved, moved or commented: show it (a form with unsaved typing is left alone). */
  async function followPulse(id: string, pulse: Presence['entry']) {
    const before = lastEvent;
    lastEvent = pulse.lastEvent;
    if (before !== null && pulse.lastEvent > before) {
      const feed = await api.fetchActivity(before, id).catch(() => null);
      const mine = (feed?.items ?? []).filter((i) => i.entryId === id && i.id > before && i.actor?.id !== me());
      if (mine.length) news.value = [...news.value, ...mine];
      await editor.refresh();
      void editor.loadComments();
    } else if (pulse.version > editor.version && !editor.dirty && editor.saveState === 'saved') await editor.refresh();
  }

  function start(id: string) {
    if (entryId.value === id) return;
    stop();
    entryId.value = id;
    editor.awaitingPresence = true;
    void beat();
  }

  /** Takes the entry from whoever holds it, then shows the latest they saved. */
  async function takeOver() {
    await beat({ takeOver: true });
    await editor.refresh();
  }

  function stop(opts: { closing?: boolean } = {}) {
    clearTimeout(timer);
    const id = entryId.value;
    if (id) void api.leaveEntry(id, opts.closing).catch(() => undefined);
    entryId.value = null;
    data.value = null;
    takenOver.value = null;
    news.value = [];
    held = false;
    lastEvent = null;
    editor.heldBy = null;
    editor.awaitingPresence = false;
  }

  return { entryId, data, others, holder, takenOver, news, start, stop, beat, takeOver };
});
