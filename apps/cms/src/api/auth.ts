import type { Session } from '@dualcarbon/domain';
import { ApiError, post, request } from './http';

/** `POST /api/auth/login`, `GET /api/auth/session`. */
export type SessionInfo = Session;

/** What the API said about a sign-in attempt. */
export type SignInResult =
  | { ok: true; session: SessionInfo | null }
  | { ok: false; reason: 'rejected'; message: string; status: number; code: string; retryAfter?: number }
  | { ok: false; reason: 'unreachable' };

/**
 * POST /api/auth/login. A 404, a network failure or an answer without a message all mean "the
 * server could not be reached", never a signed-in state.
 */
export async function login(email: string, password: string): Promise<SignInResult> {
  try {
    const session = await request<Session>('/auth/login', { method: 'POST', body: { email, password }, allowUnauthenticated: true });
    return { ok: true, session };
  } catch (e) {
    if (!(e instanceof ApiError) || e.offline || e.status === 404 || e.code === 'response/not_json') return { ok: false, reason: 'unreachable' };
    if (!e.body) return { ok: false, reason: 'unreachable' };
    return { ok: false, reason: 'rejected', message: e.message, status: e.status, code: e.code, retryAfter: e.retryAfter };
  }
}

/** GET /api/auth/session: who the session cookie belongs to, or null when there is none (401). */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return await request<Session>('/auth/session', { allowUnauthenticated: true });
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 404 || e.status === 403)) return null;
    throw e;
  }
}

export async function logout(): Promise<void> {
  try {
    await post('/auth/logout', {}, { allowUnauthenticated: true });
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 401 && e.status !== 404)) throw e;
  }
}
