import type { ChangePasswordResult, PasswordLink, SetPasswordResult } from '@dualcarbon/domain';
import { post, request } from './http';

/** Whom a one-time set-password link is for (`POST /api/auth/password-link`; the link is not used up). */
export type { PasswordLink };

export function inspectPasswordLink(token: string): Promise<PasswordLink> {
  return request<PasswordLink>('/auth/password-link', { method: 'POST', body: { token }, allowUnauthenticated: true });
}

/** `POST /api/auth/set-password`: uses the link up; answers the address to sign in with. */
export function setPasswordWithLink(token: string, password: string): Promise<SetPasswordResult> {
  return request<SetPasswordResult>('/auth/set-password', { method: 'POST', body: { token, password }, allowUnauthenticated: true });
}

/** `POST /api/auth/password`: my own password; my other sessions end. */
export function changePassword(currentPassword: string, newPassword: string): Promise<ChangePasswordResult> {
  return post<ChangePasswordResult>('/auth/password', { currentPassword, newPassword });
}

/** The token of a set-password link: it rides in the fragment (`#token=…`), which no server ever sees. */
export function linkTokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[\w-]{20,200}$/.test(token) ? token : null;
}
