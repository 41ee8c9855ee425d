/** What the API said about a sign-in attempt. */
export type SignInResult =
  | { ok: true; session: SessionInfo }
  | { ok: false; reason: 'rejected'; message: string; status: number }
  | { ok: false; reason: 'unreachable' };

export interface SessionInfo {
  email: string;
  name?: string;
  role?: string;
  /** Bearer token if the API returns one (it may use an httpOnly cookie instead). */
  token?: string;
}

interface LoginBody {
  accessToken?: string;
  token?: string;
  user?: { email?: string; name?: string; displayName?: string; role?: string };
  email?: string;
  name?: string;
  role?: string;
  message?: string | string[];
}

/**
 * POST /api/auth/login. The endpoint arrives in a later issue: a 404, a network failure or an
 * answer that is not JSON all mean "the server could not be reached", never a signed-in state.
 */
export async function login(email: string, password: string): Promise<SignInResult> {
  let res: Response;
  try {
    res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  let body: LoginBody | undefined;
  try {
    body = (await res.json()) as LoginBody;
  } catch {
    body = undefined;
  }
  if (res.ok) {
    if (!body || typeof body !== 'object') return { ok: false, reason: 'unreachable' };
    const user = body.user ?? body;
    return {
      ok: true,
      session: {
        email: user.email ?? email,
        name: (body.user?.displayName ?? user.name) || undefined,
        role: user.role,
        token: body.accessToken ?? body.token,
      },
    };
  }
  if (res.status === 404 || !body) return { ok: false, reason: 'unreachable' };
  const message = Array.isArray(body.message) ? body.message.join(' ') : body.message;
  if (!message) return { ok: false, reason: 'unreachable' };
  return { ok: false, reason: 'rejected', message, status: res.status };
}
