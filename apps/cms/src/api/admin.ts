import type { Role } from '@dualcarbon/domain';
import { del, get, patch, post, request } from './http';
import { toPaged, toUserRef, type Paged, type UserRef } from './types';
import type { TaxonomyTerm } from '@/lib/terms';

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);

// ---- taxonomies ----

function toTerm(v: unknown, parent: string | null = null, order = 0): TaxonomyTerm[] {
  const r = isObj(v) ? v : {};
  const labels = isObj(r.labels) ? r.labels : isObj(r.label) ? r.label : r;
  const term: TaxonomyTerm = {
    code: String(r.code ?? ''),
    en: String(labels.en ?? r.labelEn ?? r.code ?? ''),
    zh: String(labels.zh ?? r.labelZh ?? ''),
    parent: typeof r.parent === 'string' ? r.parent : typeof r.parentCode === 'string' ? r.parentCode : parent,
    order: typeof r.sort === 'number' ? r.sort : typeof r.order === 'number' ? r.order : typeof r.position === 'number' ? r.position : order,
    usage: typeof r.usage === 'number' ? r.usage : typeof r.usageCount === 'number' ? r.usageCount : isObj(r.usage) && typeof r.usage.total === 'number' ? r.usage.total : undefined,
    keywords: Array.isArray(r.keywords) ? (r.keywords as string[]) : undefined,
    unit: typeof r.unit === 'string' ? r.unit : undefined,
    defaultComparison: typeof r.defaultComparison === 'string' ? r.defaultComparison : undefined,
  };
  const children = Array.isArray(r.children) ? r.children.flatMap((c, i) => toTerm(c, term.code, i)) : [];
  return [term, ...children];
}

/** The list comes flat or as a tree; the CMS keeps it flat with parent codes. */
export function toTerms(v: unknown): TaxonomyTerm[] {
  const list = Array.isArray(v) ? v : isObj(v) ? ((v.items ?? v.terms ?? v.tree ?? v.data) as unknown[]) : [];
  return (Array.isArray(list) ? list : []).flatMap((t, i) => toTerm(t, null, i));
}

const tax = (taxonomy: string) => `/admin/taxonomies/${encodeURIComponent(taxonomy)}`;

export async function listTerms(taxonomy: string): Promise<TaxonomyTerm[]> {
  return toTerms(await get<unknown>(tax(taxonomy)));
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
  const body: Raw = { code: term.code, en: term.en, zh: term.zh, parent: term.parent ?? null };
  if (term.unit) body.unit = term.unit;
  if (term.defaultComparison) body.defaultComparison = term.defaultComparison;
  return toTerm(await post<unknown>(tax(taxonomy), body))[0];
}

export async function updateTerm(taxonomy: string, code: string, change: { en?: string; zh?: string; parent?: string | null; keywords?: string[] }): Promise<void> {
  await patch<unknown>(`${tax(taxonomy)}/${encodeURIComponent(code)}`, change);
}

export async function reorderTerms(taxonomy: string, _parent: string | null, codes: string[]): Promise<void> {
  await post<unknown>(`${tax(taxonomy)}/reorder`, { codes });
}

export async function deleteTerm(taxonomy: string, code: string): Promise<void> {
  await del<unknown>(`${tax(taxonomy)}/${encodeURIComponent(code)}`);
}

export async function mergeTerm(taxonomy: string, code: string, into: string): Promise<unknown> {
  return post<unknown>(`${tax(taxonomy)}/${encodeURIComponent(code)}/merge`, { into });
}

// ---- users ----

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  createdAt?: string;
  lastLoginAt?: string | null;
  /** False while an invitation or a reset waits for the user to choose a password. */
  passwordSet: boolean;
}

/** A one-time set-password link the API mailed: until when it works, and whether the mail went out. */
export interface MailedLink {
  expiresAt: string;
  mailed: boolean;
}

const toMailedLink = (v: unknown): MailedLink => {
  const r = isObj(v) ? v : {};
  return { expiresAt: String(r.expiresAt ?? ''), mailed: r.mailed === true };
};

export function toAdminUser(v: unknown): AdminUser {
  const r = isObj(v) ? v : {};
  return {
    id: String(r.id ?? ''),
    email: String(r.email ?? ''),
    name: String(r.name ?? r.displayName ?? r.email ?? ''),
    roles: Array.isArray(r.roles) ? (r.roles as Role[]) : [],
    active: r.active !== undefined ? !!r.active : r.disabled !== undefined ? !r.disabled : r.status !== undefined ? r.status === 'active' : !r.disabledAt,
    createdAt: typeof r.createdAt === 'string' ? r.createdAt : undefined,
    lastLoginAt: typeof r.lastLoginAt === 'string' ? r.lastLoginAt : null,
    passwordSet: r.passwordSet !== false,
  };
}

export async function listUsers(): Promise<AdminUser[]> {
  return toPaged(await get<unknown>('/admin/users', { pageSize: 100 }), toAdminUser).items;
}

/** An invitation: the API mails the user a one-time link to choose their password (no admin sees one). */
export async function inviteUser(user: { email: string; name: string; roles: Role[] }): Promise<{ user: AdminUser; invitation: MailedLink }> {
  const body = await post<unknown>('/admin/users', user);
  const r = isObj(body) ? body : {};
  return { user: toAdminUser(r.user), invitation: toMailedLink(r.invitation) };
}

export async function updateUser(id: string, change: Partial<Pick<AdminUser, 'name' | 'roles' | 'active'>>): Promise<AdminUser | null> {
  const body = await patch<unknown>(`/admin/users/${encodeURIComponent(id)}`, change);
  return isObj(body) ? toAdminUser(isObj(body.user) ? body.user : body) : null;
}

/** The password stops working, the user's sessions end, and a one-time link to choose a new one is mailed. */
export async function resetPassword(id: string): Promise<{ sessionsEnded: number; link: MailedLink }> {
  const body = await request<unknown>(`/admin/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST', body: {} });
  const r = isObj(body) ? body : {};
  return { sessionsEnded: Number(r.sessionsEnded ?? 0), link: toMailedLink(r.link) };
}

// ---- audit ----

export interface AuditEvent {
  id: string;
  at: string;
  actor: UserRef | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  summary?: string | null;
  details?: unknown;
}

export interface AuditQuery {
  actor?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
  page?: number;
}

export function toAuditEvent(v: unknown): AuditEvent {
  const r = isObj(v) ? v : {};
  return {
    id: String(r.id ?? ''),
    at: String(r.at ?? r.createdAt ?? r.timestamp ?? ''),
    actor: toUserRef(r.actor ?? r.user, r.actorId),
    action: String(r.action ?? ''),
    entityType: typeof r.entityType === 'string' ? r.entityType : null,
    entityId: typeof r.entityId === 'string' ? r.entityId : r.entityId != null ? String(r.entityId) : null,
    summary: typeof r.summary === 'string' ? r.summary : null,
    details: r.after !== undefined || r.before !== undefined ? { before: r.before ?? null, after: r.after ?? null } : r.details ?? r.data ?? r.meta,
  };
}

export async function listAudit(query: AuditQuery): Promise<Paged<AuditEvent>> {
  return toPaged(await get<unknown>('/admin/audit', { ...query }), toAuditEvent);
}
