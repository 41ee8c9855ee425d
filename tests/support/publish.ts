/**
 * Published entries for browser tests, made the way editors make them: a draft through the editorial
 * API, submitted by its author, approved and published by a reviewer (four eyes).
 */
import { expect } from 'vitest';
import { createAccount, type Role } from './users';

export interface ApiSession {
  call<T = unknown>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T>;
}

/** Signs a new account with these roles in over HTTP; the session's cookies and CSRF token go with every call. */
export async function apiSession(baseUrl: string, databaseUrl: string, roles: Role[], name: string): Promise<ApiSession> {
  const account = await createAccount(databaseUrl, { roles, name });
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  expect(login.status, await login.clone().text()).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async call<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${baseUrl}/api${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      expect(res.ok, `${method} ${path} → ${res.status} ${text.slice(0, 400)}`).toBe(true);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

export interface Publisher {
  /** Creates the entry as a draft and, unless `draft`, takes it through review to published. */
  entry(data: Record<string, unknown>, opts?: { draft?: boolean }): Promise<string>;
}

export async function publisher(baseUrl: string, databaseUrl: string): Promise<Publisher> {
  const [author, reviewer] = await Promise.all([
    apiSession(baseUrl, databaseUrl, ['editor'], 'Data Views Editor'),
    apiSession(baseUrl, databaseUrl, ['reviewer'], 'Data Views Reviewer'),
  ]);
  return {
    async entry(data, opts = {}) {
      const { id } = await author.call<{ id: string }>('POST', '/editor/entries', data);
      if (opts.draft) return id;
      await author.call('POST', `/editor/entries/${id}/transitions`, { action: 'submit' });
      await reviewer.call('POST', `/editor/entries/${id}/transitions`, { action: 'approve' });
      await reviewer.call('POST', `/editor/entries/${id}/transitions`, { action: 'publish' });
      return id;
    },
  };
}
