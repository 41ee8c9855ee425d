import type { EntryInput } from '@dualcarbon/domain';

/**
 * Unsaved editor state, kept in this tab's sessionStorage so that a reload, an expired session or a
 * crash loses nothing. Keyed by user and entry: another person signing in on the same tab never gets it.
 */
export interface LocalDraft {
  entryId: string;
  userId: string;
  /** The server version the edits started from. */
  baseVersion: number;
  /** The server content at that version: the "base" of a three-way merge if the server moved on. */
  base: EntryInput;
  /** What the person had typed. */
  data: EntryInput;
  savedAt: string;
}

const PREFIX = 'dualcarbon:cms:unsaved:';
const keyOf = (userId: string, entryId: string) => `${PREFIX}${userId}:${entryId}`;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function saveLocalDraft(draft: LocalDraft): boolean {
  try {
    storage()?.setItem(keyOf(draft.userId, draft.entryId), JSON.stringify(draft));
    return true;
  } catch {
    return false; // full or disabled: the autosave to the server is the other safety net
  }
}

export function loadLocalDraft(userId: string, entryId: string): LocalDraft | null {
  try {
    const raw = storage()?.getItem(keyOf(userId, entryId));
    if (!raw) return null;
    const d = JSON.parse(raw) as LocalDraft;
    return d && d.entryId === entryId && d.userId === userId && d.data ? d : null;
  } catch {
    return null;
  }
}

export function clearLocalDraft(userId: string, entryId: string): void {
  try {
    storage()?.removeItem(keyOf(userId, entryId));
  } catch {
    /* nothing to clear */
  }
}

/** Entry ids with unsaved local state for this user (for the dashboard's "unsaved" notice). */
export function localDraftIds(userId: string): string[] {
  const s = storage();
  if (!s) return [];
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(`${PREFIX}${userId}:`)) out.push(k.slice(`${PREFIX}${userId}:`.length));
  }
  return out;
}

export function clearAllLocalDrafts(userId: string): void {
  for (const id of localDraftIds(userId)) clearLocalDraft(userId, id);
}
