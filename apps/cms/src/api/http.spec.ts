import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, csrfFromCookies, request, setCsrfToken, setUnauthenticatedHandler } from './http';

const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
  document.cookie = 'dc_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('API client', () => {
  it('sends the CSRF token on changes only, from the cookie first', async () => {
    setCsrfToken('from-session');
    fetchMock.mockResolvedValue(json({}));
    await request('/x');
    expect((fetchMock.mock.calls[0][1]!.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
    await request('/x', { method: 'POST', body: {} });
    expect((fetchMock.mock.calls[1][1]!.headers as Record<string, string>)['X-CSRF-Token']).toBe('from-session');
    document.cookie = 'dc_csrf=from-cookie';
    await request('/x', { method: 'PUT', body: {} });
    expect((fetchMock.mock.calls[2][1]!.headers as Record<string, string>)['X-CSRF-Token']).toBe('from-cookie');
  });

  it('prefers the __Host- CSRF cookie (https) to an unprefixed one another subdomain could have planted', () => {
    expect(csrfFromCookies('dc_csrf=planted; __Host-dc_csrf=real')).toBe('real');
    expect(csrfFromCookies('dc_csrf=plain')).toBe('plain');
    expect(csrfFromCookies('other=1')).toBeNull();
  });

  it('turns error answers into ApiError with code, message, issues and Retry-After', async () => {
    fetchMock.mockResolvedValueOnce(
      json(
        { statusCode: 422, code: 'entry/invalid', message: 'slug: bad', issues: [{ path: 'targets.0.value', code: 'x', message: 'Expected a number' }] },
        422,
      ),
    );
    const e = (await request('/x').catch((x) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 422, code: 'entry/invalid', message: 'slug: bad' });
    expect(e.issues).toEqual([{ path: ['targets', 0, 'value'], code: 'x', message: 'Expected a number' }]);
    fetchMock.mockResolvedValueOnce(json({ code: 'auth/rate_limited', message: 'Too many' }, 429, { 'Retry-After': '30' }));
    expect(await request('/x').catch((x) => x)).toMatchObject({ status: 429, retryAfter: 30 });
    fetchMock.mockRejectedValueOnce(new TypeError('offline'));
    expect(await request('/x').catch((x) => x)).toMatchObject({ status: 0, offline: true });
  });

  it('reports a 401 as an ended session, except where sign-in handles it', async () => {
    const onExpired = vi.fn();
    setUnauthenticatedHandler(onExpired);
    fetchMock.mockResolvedValue(json({ code: 'auth/unauthenticated', message: 'Sign in first' }, 401));
    await request('/editor/entries').catch(() => undefined);
    expect(onExpired).toHaveBeenCalledTimes(1);
    await request('/auth/session', { allowUnauthenticated: true }).catch(() => undefined);
    expect(onExpired).toHaveBeenCalledTimes(1);
  });
});
