import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useExplorerStore } from './explorer';
import { dongguanHit, hainanHit, jsonResponse, searchAnswer } from '@/test/fixtures';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(async () => {
  setActivePinia(createPinia());
  vi.stubGlobal('fetch', fetchMock);
  // The parser's chunk and the taxonomies (unreachable here: the built-in lists apply), as the page does.
  fetchMock.mockReset().mockRejectedValueOnce(new TypeError('offline'));
  await useExplorerStore().prepare();
  fetchMock.mockReset();
});

function deferred() {
  let resolve!: (r: Response) => void;
  const promise = new Promise<Response>((r) => (resolve = r));
  return { promise, resolve };
}

describe('useExplorerStore', () => {
  it('takes its query from the URL and asks the API for exactly that', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(searchAnswer([hainanHit, dongguanHit])));
    const store = useExplorerStore();
    expect(store.syncFromRoute({ q: '氢能', sector: 'energy.hydrogen' })).toBe(true);
    await store.load();
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/entries?q=%E6%B0%A2%E8%83%BD&sector=energy.hydrogen');
    expect(store.view).toMatchObject({ stale: false, data: { total: 2 } });
    expect(store.view.data?.facets.region).toContainEqual({ key: '460000', count: 1 });
    expect(store.routeQuery).toEqual({ q: '氢能', sector: 'energy.hydrogen' });
  });

  it('round-trips URL → state → URL', () => {
    const store = useExplorerStore();
    const route = { q: 'hydrogen', region: '460000', includeSubregions: 'false', issuedFrom: '2023', sort: 'title', page: '3' };
    store.syncFromRoute(route);
    expect(store.routeQuery).toEqual(route);
    expect(store.syncFromRoute(route)).toBe(false); // same URL, nothing changes
  });

  it('facet toggling builds the next URL and changes nothing until the router navigates there', () => {
    const store = useExplorerStore();
    store.syncFromRoute({ sector: 'industry', page: '2' });
    const next = store.toggled('sector', 'energy.hydrogen');
    expect(next).toEqual({ sector: 'industry,energy.hydrogen' });
    expect(store.query.sector).toEqual(['industry']); // not optimistic
    expect(store.isSelected('sector', 'energy.hydrogen')).toBe(false);
    expect(store.toggled('sector', 'industry')).toEqual({});
    store.syncFromRoute(next);
    expect(store.isSelected('sector', 'energy.hydrogen')).toBe(true);
    expect(store.query.page).toBe(1);
  });

  it('never shows a guess: while the next answer loads, the last answer stays, marked stale', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(searchAnswer([hainanHit, dongguanHit])));
    const store = useExplorerStore();
    store.syncFromRoute({});
    await store.load();

    const next = deferred();
    fetchMock.mockReturnValueOnce(next.promise);
    store.syncFromRoute(store.toggled('level', 'city'));
    const loading = store.load();
    expect(store.current.status).toBe('loading');
    // The old answer, unfiltered and marked stale — not a client-side filtered list.
    expect(store.view.stale).toBe(true);
    expect(store.view.data?.items.map((i) => i.slug)).toEqual([hainanHit.slug, dongguanHit.slug]);

    next.resolve(jsonResponse(searchAnswer([dongguanHit])));
    await loading;
    expect(store.view).toMatchObject({ stale: false, data: { total: 1 } });
  });

  it('shows an error, not old results, when the request fails', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(searchAnswer([hainanHit])));
    const store = useExplorerStore();
    store.syncFromRoute({});
    await store.load();
    fetchMock.mockResolvedValueOnce(jsonResponse({ statusCode: 400, code: 'request/invalid', message: 'Unknown sector' }, 400));
    store.syncFromRoute({ sector: 'industry' });
    await store.load();
    expect(store.current.error).toMatchObject({ kind: 'http', status: 400 });
    expect(store.view.data).toBeNull();
  });

  it('serves a query seen before from cache (back button) without a new request', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(searchAnswer([hainanHit])));
    const store = useExplorerStore();
    store.syncFromRoute({});
    await store.load();
    store.syncFromRoute({ kind: 'policy' });
    await store.load();
    store.syncFromRoute({});
    await store.load();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(store.view.stale).toBe(false);
  });

  it('rejects an answer without items', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse({ hello: 'world' }));
    const store = useExplorerStore();
    await store.load();
    expect(store.current.error?.kind).toBe('bad_response');
  });
});
