import type {
  AuditList,
  AuditRecord,
  CreatedUser,
  MailedLink,
  MergeResult,
  ResetPasswordResult,
  Role,
  TermTree,
  TermView,
  UserList,
  UserView,
} from '@dualcarbon/domain';
import { del, get, patch, post, request } from './http';
import type { TaxonomyTerm } from '@/lib/terms';

/** The tree `GET /api/admin/taxonomies/:taxonomy` answers, flat with parent codes as the CMS keeps it. */
export function flattenTerms(terms: readonly TermView[]): TaxonomyTerm[] {
  return terms.flatMap((t) => [
    {
      code: t.code,
      en: t.en,
      zh: t.zh,
      parent: t.parent,
      order: t.sort,
      usage: t.usage,
      keywords: t.keywords,
      unit: t.unit ?? undefined,
      defaultComparison: t.defaultComparison ?? undefined,
    },
    ...flattenTerms(t.children),
  ]);
}

const tax = (taxonomy: string) => `/admin/taxonomies/${encodeURIComponent(taxonomy)}`;

export async function listTerms(taxonomy: string): Promise<TaxonomyTerm[]> {
  return flattenTerms((await get<TermTree>(tax(taxonomy))).items);
}

export interface NewTerm {
  code: string;
  en: string;
  zh: string;
  parent?: string | null;
  /** Metrics only. */
  unit?: string;
  defaultComparison?: string;
}

export async function createTerm(taxonomy: string, term: NewTerm): Promise<TaxonomyTerm> {
  const body: NewTerm = { code: term.code, en: term.en, zh: term.zh, parent: term.parent ?? null };
  if (term.unit) body.unit = term.unit;
  if (term.defaultComparison) body.defaultComparison = term.defaultComparison;
  return flattenTerms([await post<TermView>(tax(taxonomy), body)])[0]!;
}

export async function updateTerm(
  taxonomy: string,
  code: string,
  change: { en?: string; zh?: string; parent?: string | null; keywords?: string[] },
): Promise<void> {
  await patch<unknown>(`${tax(taxonomy)}/${encodeURIComponent(code)}`, change);
}

export async function reorderTerms(taxonomy: string, _parent: string | null, codes: string[]): Promise<void> {
  await post<unknown>(`${tax(taxonomy)}/reorder`, { codes });
}

export async function deleteTerm(taxonomy: string, code: string): Promise<void> {
  await del<unknown>(`${tax(taxonomy)}/${encodeURIComponent(code)}`);
}

export async function mergeTerm(taxonomy: string, code: string, into: string): Promise<MergeResult> {
  return post<MergeResult>(`${tax(taxonomy)}/${encodeURIComponent(code)}/merge`, { into });
}

// ---- users ----

/** An account as admins see it. */
export type AdminUser = UserView;
export type { MailedLink };

export async function listUsers(): Promise<AdminUser[]> {
  return (await get<UserList>('/admin/users', { pageSize: 100 })).items;
}

/** An invitation: the API mails the user a one-time link to choose their password (no admin sees one). */
export async function inviteUser(user: { email: string; name: string; roles: Role[] }): Promise<CreatedUser> {
  return post<CreatedUser>('/admin/users', user);
}

export async function updateUser(id: string, change: Partial<Pick<AdminUser, 'name' | 'roles' | 'active'>>): Promise<AdminUser> {
  return patch<AdminUser>(`/admin/users/${encodeURIComponent(id)}`, change);
}

/** The password stops working, the user's sessions end, and a one-time link to choose a new one is mailed. */
export async function resetPassword(id: string): Promise<ResetPasswordResult> {
  return request<ResetPasswordResult>(`/admin/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST', body: {} });
}

// ---- audit ----

export type AuditEvent = AuditRecord;

export interface AuditQuery {
  actor?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
  page?: number;
}

export async function listAudit(query: AuditQuery): Promise<AuditList> {
  return get<AuditList>('/admin/audit', { ...query });
}
