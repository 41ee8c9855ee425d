import type { EntryInput, WorkflowAction } from '@dualcarbon/domain';
import { get, post, put, request } from './http';
import {
  toComment, toDashboard, toEntryDetail, toListItem, toPaged, toRevision,
  type DashboardData, type EntryComment, type EntryDetail, type EntryListItem, type Paged, type Revision,
} from './types';

export interface EntryListQuery {
  q?: string;
  status?: string;
  mine?: boolean;
  page?: number;
  pageSize?: number;
}

const base = (id: string) => `/editor/entries/${encodeURIComponent(id)}`;

export async function listEntries(query: EntryListQuery = {}, signal?: AbortSignal): Promise<Paged<EntryListItem>> {
  return toPaged(await get<unknown>('/editor/entries', { ...query, mine: query.mine ? 'true' : undefined }, signal), toListItem);
}

export async function fetchDashboard(): Promise<DashboardData> {
  return toDashboard(await get<unknown>('/editor/dashboard'));
}

export async function createEntry(data: EntryInput): Promise<EntryDetail> {
  return toEntryDetail(await post<unknown>('/editor/entries', data));
}

export async function fetchEntry(id: string): Promise<EntryDetail> {
  return toEntryDetail(await get<unknown>(base(id)));
}

/** PUT with the version the edit started from; 409 `entry/stale_version` when someone saved in between. */
export async function saveEntry(id: string, data: EntryInput, version: number, opts: { autosave?: boolean } = {}): Promise<EntryDetail> {
  const body = await put<unknown>(base(id), { version, data }, { query: { autosave: opts.autosave ? 'true' : undefined }, headers: { 'If-Match': `"${version}"` } });
  return toEntryDetail(body);
}

export async function transition(id: string, action: WorkflowAction, comment?: string): Promise<EntryDetail | null> {
  const body = await post<unknown>(`${base(id)}/transitions`, comment ? { action, comment } : { action });
  return body && typeof body === 'object' ? toEntryDetail(body) : null;
}

export async function listComments(id: string): Promise<EntryComment[]> {
  return toPaged(await get<unknown>(`${base(id)}/comments`), toComment).items;
}

export async function addComment(id: string, body: string, field?: string | null): Promise<EntryComment> {
  return toComment(await post<unknown>(`${base(id)}/comments`, field ? { body, field } : { body }));
}

export interface RevisionList {
  items: Revision[];
  /** Autosaves left out: one per person is listed unless every revision was asked for. */
  foldedAutosaves: number;
}

export async function listRevisions(id: string, opts: { allAutosaves?: boolean } = {}): Promise<RevisionList> {
  const raw = await get<{ foldedAutosaves?: unknown }>(`${base(id)}/revisions`, { pageSize: 200, autosaves: opts.allAutosaves ? 'all' : undefined });
  return { items: toPaged(raw, toRevision).items, foldedAutosaves: typeof raw?.foldedAutosaves === 'number' ? raw.foldedAutosaves : 0 };
}

export interface DiffSides {
  from: { ref: number | string; version: number | null; data: EntryInput | null };
  to: { ref: number | string; version: number | null; data: EntryInput | null };
}

/** Both sides' content ("published", "current" or a version); the CMS renders its own field diff from them. */
export async function fetchDiff(id: string, from: number | string, to: number | string = 'current'): Promise<DiffSides> {
  const r = await get<Partial<DiffSides>>(`${base(id)}/revisions/diff`, { from: String(from), to: String(to) });
  const side = (s: unknown, ref: number | string) => {
    const o = (s && typeof s === 'object' ? s : {}) as { ref?: number | string; version?: number | null; data?: EntryInput };
    return { ref: o.ref ?? ref, version: o.version ?? null, data: o.data ?? null };
  };
  return { from: side(r?.from, from), to: side(r?.to, to) };
}

export async function resolveComment(id: string, commentId: string): Promise<EntryComment> {
  return toComment(await post<unknown>(`${base(id)}/comments/${encodeURIComponent(commentId)}/resolve`, {}));
}

export async function restoreRevision(id: string, version: number): Promise<EntryDetail> {
  return toEntryDetail(await request<unknown>(`${base(id)}/revisions/${version}/restore`, { method: 'POST', body: {} }));
}
