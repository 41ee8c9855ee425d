import type { CommentList, Diff, EntryInput, EntryList, RevisionList as RevisionListAnswer, WorkflowAction } from '@dualcarbon/domain';
import { get, post, put, request } from './http';
import type { DashboardData, EntryComment, EntryDetail, EntryListItem, Paged } from './types';

export interface EntryListQuery {
  q?: string;
  status?: string;
  mine?: boolean;
  page?: number;
  pageSize?: number;
}

const base = (id: string) => `/editor/entries/${encodeURIComponent(id)}`;

export async function listEntries(query: EntryListQuery = {}, signal?: AbortSignal): Promise<Paged<EntryListItem>> {
  return get<EntryList>('/editor/entries', { ...query, mine: query.mine ? 'true' : undefined }, signal);
}

export async function fetchDashboard(): Promise<DashboardData> {
  return get<DashboardData>('/editor/dashboard');
}

export async function createEntry(data: EntryInput): Promise<EntryDetail> {
  return post<EntryDetail>('/editor/entries', data);
}

export async function fetchEntry(id: string): Promise<EntryDetail> {
  return get<EntryDetail>(base(id));
}

/** PUT with the version the edit started from; 409 `entry/stale_version` when someone saved in between. */
export async function saveEntry(id: string, data: EntryInput, version: number, opts: { autosave?: boolean } = {}): Promise<EntryDetail> {
  return put<EntryDetail>(base(id), { version, data }, { query: { autosave: opts.autosave ? 'true' : undefined }, headers: { 'If-Match': `"${version}"` } });
}

export async function transition(id: string, action: WorkflowAction, comment?: string): Promise<EntryDetail> {
  return post<EntryDetail>(`${base(id)}/transitions`, comment ? { action, comment } : { action });
}

export async function listComments(id: string): Promise<EntryComment[]> {
  return (await get<CommentList>(`${base(id)}/comments`)).items;
}

export async function addComment(id: string, body: string, field?: string | null): Promise<EntryComment> {
  return post<EntryComment>(`${base(id)}/comments`, field ? { body, field } : { body });
}

/** Autosaves left out (foldedAutosaves): one per person is listed unless every revision was asked for. */
export type RevisionList = Pick<RevisionListAnswer, 'items' | 'foldedAutosaves'>;

export async function listRevisions(id: string, opts: { allAutosaves?: boolean } = {}): Promise<RevisionList> {
  return get<RevisionListAnswer>(`${base(id)}/revisions`, { pageSize: 200, autosaves: opts.allAutosaves ? 'all' : undefined });
}

export type DiffSides = Pick<Diff, 'from' | 'to'>;

/** Both sides' content ("published", "current" or a version); the CMS renders its own field diff from them. */
export async function fetchDiff(id: string, from: number | string, to: number | string = 'current'): Promise<DiffSides> {
  return get<Diff>(`${base(id)}/revisions/diff`, { from: String(from), to: String(to) });
}

export async function resolveComment(id: string, commentId: string): Promise<EntryComment> {
  return post<EntryComment>(`${base(id)}/comments/${encodeURIComponent(commentId)}/resolve`, {});
}

export async function restoreRevision(id: string, version: number): Promise<EntryDetail> {
  return request<EntryDetail>(`${base(id)}/revisions/${version}/restore`, { method: 'POST', body: {} });
}
