import { getJson } from './http';
import type { EntryDetail, EntrySummary, Page } from './types';

export function fetchEntries(page: number, pageSize: number, signal?: AbortSignal): Promise<Page<EntrySummary>> {
  const q = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  return getJson<Page<EntrySummary>>(`/entries?${q}`, { signal });
}

export function fetchEntry(slug: string, signal?: AbortSignal): Promise<EntryDetail> {
  return getJson<EntryDetail>(`/entries/${encodeURIComponent(slug)}`, { signal });
}
