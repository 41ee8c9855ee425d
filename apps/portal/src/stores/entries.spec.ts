import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useEntriesStore } from './entries';
import { useEntryStore } from './entry';
import { guizhouDetail, guizhouSummary, jsonResponse, pageOf } from '@/test/fixtures';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  setActivePinia(createPinia());
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

describe('useEntriesStore', () => {
  it('starts idle, then holds a page and remembers its summaries', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(pageOf([guizhouSummary], 41)));
    const store = useEntriesStore();
    expect(store.stateOf(1).status).toBe('idle');
    await store.loadPage(1);
    expect(fetchMock).toHaveBeenCalledWith('/api/entries?page=1&pageSize=20', expect.anything());
    expect(store.stateOf(1)).toMatchObject({ status: 'ready', error: null, data: { total: 41 } });
    expect(store.summaries[guizhouSummary.slug]?.title.zh).toBe('贵州省减污降碳协同增效实施方案');
  });

  it('treats an empty list as ready, not as an error', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(pageOf([], 0)));
    const store = useEntriesStore();
    await store.loadPage(1);
    expect(store.stateOf(1)).toMatchObject({ status: 'ready', error: null, data: { items: [], total: 0 } });
  });

  it('reports an unreachable server as a network error', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const store = useEntriesStore();
    await store.loadPage(1);
    const state = store.stateOf(1);
    expect(state.status).toBe('error');
    expect(state.error?.kind).toBe('network');
  });

  it('keeps the status and message of an HTTP error', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse({ statusCode: 503, message: 'Database unavailable' }, 503));
    const store = useEntriesStore();
    await store.loadPage(2);
    expect(store.stateOf(2).error).toMatchObject({ kind: 'http', status: 503, message: 'Database unavailable' });
  });

  it('flags an answer that is not an entry list (e.g. an HTML page)', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<!doctype html><p>hi</p>', { status: 200 }));
    const store = useEntriesStore();
    await store.loadPage(1);
    expect(store.stateOf(1).error?.kind).toBe('bad_response');
    fetchMock.mockResolvedValueOnce(jsonResponse({ hello: 'world' }));
    await store.loadPage(1, 20, { force: true });
    expect(store.stateOf(1).error?.kind).toBe('bad_response');
  });

  it('serves a loaded page from cache and refetches only when forced (retry)', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('offline'));
    const store = useEntriesStore();
    await store.loadPage(1);
    expect(store.stateOf(1).status).toBe('error');

    fetchMock.mockResolvedValueOnce(jsonResponse(pageOf([guizhouSummary])));
    await store.loadPage(1, 20, { force: true });
    expect(store.stateOf(1).status).toBe('ready');

    await store.loadPage(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does not send the same request twice while one is in flight', async () => {
    let resolve!: (r: Response) => void;
    fetchMock.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    const store = useEntriesStore();
    const first = store.loadPage(1);
    void store.loadPage(1);
    expect(store.stateOf(1).status).toBe('loading');
    resolve(jsonResponse(pageOf([guizhouSummary])));
    await first;
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('useEntryStore', () => {
  it('loads an entry by slug', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(guizhouDetail));
    const store = useEntryStore();
    await store.load(guizhouDetail.slug);
    expect(store.stateOf(guizhouDetail.slug)).toMatchObject({ status: 'ready', data: { slug: guizhouDetail.slug } });
    expect(store.knownTitle(guizhouDetail.slug)?.en).toMatch(/Guizhou/);
  });

  it('distinguishes a missing entry from other failures', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse({ statusCode: 404, code: 'entry/not_found', message: 'No such entry' }, 404));
    const store = useEntryStore();
    await store.load('no-such-entry');
    expect(store.stateOf('no-such-entry').error).toMatchObject({ kind: 'not_found', code: 'entry/not_found', status: 404 });
  });

  it('encodes the slug in the URL', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(guizhouDetail));
    await useEntryStore().load('a b/c');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/entries/a%20b%2Fc');
  });
});
