import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Role } from '@dualcarbon/domain';
import { fetchSession, login, logout, type SessionInfo, type SignInResult } from '@/api/auth';
import { setCsrfToken } from '@/api/http';
import type { SessionUser } from '@/api/types';

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out' | 'expired';

/**
 * Who is signed in. The session itself is an httpOnly cookie; this store holds what
 * `GET /api/auth/session` says about it and the CSRF token for state-changing requests.
 */
export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null);
  const csrfToken = ref<string | null>(null);
  const status = ref<SessionStatus>('unknown');
  /** The user of the session that expired: their unsaved work is waiting for them. */
  const lastUserId = ref<string | null>(null);
  let restoring: Promise<void> | null = null;

  const isSignedIn = computed(() => status.value === 'signed-in' && !!user.value);
  const roles = computed<readonly Role[]>(() => user.value?.roles ?? []);
  const hasRole = (role: Role) => roles.value.includes(role);
  const isAdmin = computed(() => hasRole('admin'));
  const isReviewer = computed(() => hasRole('reviewer') || hasRole('admin'));
  const isEditor = computed(() => hasRole('editor') || hasRole('admin'));

  function apply(info: SessionInfo | null) {
    user.value = info?.user ?? null;
    csrfToken.value = info?.csrfToken ?? null;
    setCsrfToken(csrfToken.value);
    status.value = info ? 'signed-in' : 'signed-out';
    if (info) lastUserId.value = info.user.id;
  }

  /** Asks the API who the cookie belongs to; once per page load unless forced. */
  function restore(opts: { force?: boolean } = {}): Promise<void> {
    if (restoring && !opts.force) return restoring;
    restoring = fetchSession()
      .then(apply)
      .catch(() => {
        // The API is unreachable: treat as signed out; the sign-in page says so when it is tried.
        if (status.value === 'unknown') status.value = 'signed-out';
      });
    return restoring;
  }

  async function signIn(email: string, password: string): Promise<SignInResult> {
    const result = await login(email, password);
    if (!result.ok) return result;
    // The login answer may or may not carry the user; the session endpoint always does.
    const info = result.session ?? (await fetchSession().catch(() => null));
    if (!info) return { ok: false, reason: 'unreachable' };
    apply(info);
    restoring = Promise.resolve();
    return { ok: true, session: info };
  }

  async function signOut(): Promise<void> {
    try {
      await logout();
    } finally {
      apply(null);
      lastUserId.value = null;
      restoring = Promise.resolve();
    }
  }

  /** A request came back 401: the cookie expired or was revoked. */
  function expire() {
    if (status.value !== 'signed-in') return;
    lastUserId.value = user.value?.id ?? lastUserId.value;
    status.value = 'expired';
    restoring = Promise.resolve();
  }

  return { user, csrfToken, status, lastUserId, isSignedIn, roles, hasRole, isAdmin, isReviewer, isEditor, restore, signIn, signOut, expire, apply };
});
