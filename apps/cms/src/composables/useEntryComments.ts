import { ref, type Ref } from 'vue';
import * as api from '@/api/editor';
import type { EntryComment } from '@/api/types';
import { useSessionStore } from '@/stores/session';

/** The comments of the entry being edited: shown at once when posted or resolved, taken back if the server refuses. */
/** `version`: the entry's version the editor holds, which a new comment is written against. */
export function useEntryComments(entryId: Ref<string | null>, version: Ref<number>) {
  const session = useSessionStore();
  const comments = ref<EntryComment[]>([]);

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
    const u = session.user;
    const temp: EntryComment = {
      id: `tmp-${Date.now()}`,
      entryId: entryId.value,
      body,
      field: field ?? null,
      action: null,
      version: version.value,
      resolvedAt: null,
      resolvedBy: null,
      author: u ? { id: u.id, name: u.name, email: u.email } : null,
      createdAt: new Date().toISOString(),
    };
    comments.value = [...comments.value, temp];
    try {
      const saved = await api.addComment(entryId.value, body, field);
      comments.value = comments.value.map((c) =>
        c.id === temp.id ? { ...saved, field: saved.field ?? temp.field, author: saved.author ?? temp.author, body: saved.body || body } : c,
      );
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

  return { comments, loadComments, addComment, resolveComment };
}
