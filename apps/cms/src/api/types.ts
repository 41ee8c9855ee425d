import type { EntryData, EntryInput, LocalizedText, Role, WorkflowAction, WorkflowState } from '@dualcarbon/domain';
import { WORKFLOW_ACTIONS, isWorkflowState } from '@dualcarbon/domain';

/** Someone the API names: an author, a reviewer, the person who saved last. */
export interface UserRef {
  id: string;
  name?: string;
  email?: string;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** One row of the editorial entry list. */
export interface EntryListItem {
  id: string;
  slug: string;
  title: LocalizedText;
  kind?: string;
  jurisdiction?: string;
  level?: string;
  workflowStatus: WorkflowState;
  /** The entry's own state: `published` while a working revision of it is under way. */
  entryStatus?: WorkflowState;
  hasWorkingRevision?: boolean;
  version?: number;
  updatedAt?: string;
  updatedBy?: UserRef | null;
  author?: UserRef | null;
  authorId?: string | null;
  publishedAt?: string | null;
}

export interface DashboardBucket {
  count: number;
  items: EntryListItem[];
}

export interface DashboardData {
  myDrafts: DashboardBucket;
  changesRequested: DashboardBucket;
  /** Only for reviewers and admins. */
  reviewQueue: DashboardBucket | null;
  /** Approved, waiting to be published (reviewers and admins). */
  readyToPublish: DashboardBucket | null;
  recentlyPublished: DashboardBucket;
  byStatus: Record<string, number>;
}

/** `GET /api/editor/entries/:id`: the working copy, the published copy and where it stands. */
export interface EntryDetail {
  id: string;
  slug: string;
  version: number;
  workflowStatus: WorkflowState;
  authorId: string | null;
  author?: UserRef | null;
  submitterId: string | null;
  /** The working copy (what the editor edits). */
  data: EntryInput;
  /** The copy the public sees, if any. */
  published: EntryData | null;
  publishedVersion?: number | null;
  publishedAt?: string | null;
  /** As the API decided them for this user; computed from the domain when absent. */
  availableActions?: WorkflowAction[];
  /** Whether this user may save the working copy now (the API decides: the state and the user's roles). */
  editable?: boolean;
  /** Why not: the state, or the user's roles (reviewers read and comment). */
  readOnlyReason?: 'status' | 'role' | null;
  /** Workflow moves, newest first (submitted, changes requested, approved, published…: who and when). */
  history?: WorkflowMove[];
  /** The entry's own state: `published` while a working revision of it is under review. */
  entryStatus?: WorkflowState;
  hasWorkingRevision?: boolean;
  submittedBy?: UserRef | null;
  openComments?: number;
  updatedAt?: string;
  updatedBy?: UserRef | null;
}

export interface WorkflowMove {
  action: WorkflowAction;
  /** 'working' when it moved the working revision of a published entry. */
  scope: 'entry' | 'working';
  from: WorkflowState;
  to: WorkflowState;
  actor: UserRef | null;
  comment: string | null;
  version: number;
  at: string;
}

/** The 409 `entry/stale_version` answer: what is on the server now. */
export interface StaleVersion {
  version: number;
  data: EntryInput;
  updatedBy?: UserRef | null;
  updatedAt?: string;
}

export interface EntryComment {
  id: string;
  body: string;
  /** Dotted path of the field the comment is about ("title.en", "targets.0"), if any. */
  field?: string | null;
  author?: UserRef | null;
  createdAt?: string;
  /** Set when the comment came with a workflow action (request changes). */
  action?: string | null;
  resolvedAt?: string | null;
}

export interface Revision {
  version: number;
  workflowStatus?: WorkflowState | string;
  createdAt?: string;
  createdBy?: UserRef | null;
  /** The full snapshot, when the list includes it. */
  data?: EntryInput;
  published?: boolean;
  /** This version is the working copy now. */
  current?: boolean;
  note?: string | null;
}

// ---- normalisers: accept the contract and the small variations a new API tends to have ----

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

export function toUserRef(v: unknown, fallbackId?: unknown): UserRef | null {
  if (isObj(v)) {
    const id = str(v.id) ?? str(fallbackId);
    if (!id && !v.name && !v.email) return null;
    return { id: id ?? '', name: str(v.name) ?? str(v.displayName), email: str(v.email) };
  }
  if (typeof v === 'string' && v) return { id: str(fallbackId) ?? v, name: v.includes('@') ? undefined : v, email: v.includes('@') ? v : undefined };
  return str(fallbackId) ? { id: str(fallbackId)! } : null;
}

export function userName(u: UserRef | null | undefined): string {
  return u?.name || u?.email || u?.id || '';
}

function toState(v: unknown): WorkflowState {
  const s = str(v);
  return s && isWorkflowState(s) ? s : 'draft';
}

function toLocalized(v: unknown): LocalizedText {
  if (isObj(v)) return { en: str(v.en) || undefined, zh: str(v.zh) || undefined };
  return {};
}

export function toListItem(v: unknown): EntryListItem {
  const r = isObj(v) ? v : {};
  const data = isObj(r.data) ? r.data : r;
  return {
    id: str(r.id) ?? str(r.entryId) ?? '',
    slug: str(r.slug) ?? str(data.slug) ?? '',
    title: toLocalized(r.title ?? data.title ?? { en: r.titleEn, zh: r.titleZh }),
    kind: str(r.kind ?? data.kind),
    jurisdiction: str(r.jurisdiction ?? data.jurisdiction),
    level: str(r.level ?? data.level),
    workflowStatus: toState(r.workflowStatus ?? r.status ?? r.state),
    entryStatus: r.entryStatus !== undefined ? toState(r.entryStatus) : undefined,
    hasWorkingRevision: typeof r.hasWorkingRevision === 'boolean' ? r.hasWorkingRevision : undefined,
    version: num(r.version),
    updatedAt: str(r.updatedAt),
    updatedBy: toUserRef(r.updatedBy, r.updatedById),
    author: toUserRef(r.author, r.authorId),
    authorId: str(r.authorId) ?? (isObj(r.author) ? str(r.author.id) : undefined) ?? null,
    publishedAt: str(r.publishedAt) ?? null,
  };
}

export function toPaged<T>(v: unknown, map: (x: unknown) => T): Paged<T> {
  if (Array.isArray(v)) return { items: v.map(map), total: v.length, page: 1, pageSize: v.length };
  const r = isObj(v) ? v : {};
  const items = Array.isArray(r.items) ? r.items : Array.isArray(r.data) ? r.data : Array.isArray(r.results) ? r.results : [];
  return { items: items.map(map), total: num(r.total) ?? items.length, page: num(r.page) ?? 1, pageSize: num(r.pageSize) ?? (items.length || 20) };
}

function toBucket(v: unknown): DashboardBucket {
  if (Array.isArray(v)) return { count: v.length, items: v.map(toListItem) };
  const r = isObj(v) ? v : {};
  const items = Array.isArray(r.items) ? r.items.map(toListItem) : [];
  return { count: num(r.count) ?? num(r.total) ?? items.length, items };
}

export function toDashboard(v: unknown): DashboardData {
  const r = isObj(v) ? v : {};
  const pick = (...keys: string[]) => keys.map((k) => r[k]).find((x) => x !== undefined);
  const queue = pick('reviewQueue', 'review_queue', 'inReview', 'queue');
  const ready = pick('readyToPublish', 'approved');
  const byStatus: Record<string, number> = {};
  if (isObj(r.byStatus)) for (const [k, n] of Object.entries(r.byStatus)) if (typeof n === 'number') byStatus[k] = n;
  return {
    myDrafts: toBucket(pick('myDrafts', 'drafts', 'my_drafts')),
    changesRequested: toBucket(pick('changesRequested', 'returned', 'changes_requested', 'returnedToMe')),
    reviewQueue: queue === undefined || queue === null ? null : toBucket(queue),
    readyToPublish: ready === undefined || ready === null ? null : toBucket(ready),
    recentlyPublished: toBucket(pick('recentlyPublished', 'published', 'recently_published')),
    byStatus,
  };
}

const isAction = (a: unknown): a is WorkflowAction => typeof a === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(a);

export function toEntryDetail(v: unknown): EntryDetail {
  const r = isObj(v) ? v : {};
  const entry = isObj(r.entry) ? r.entry : r;
  const working = [r.working, r.data, entry.working, entry.data, r.draft].find(isObj) ?? entry;
  const publishedRaw = [r.published, r.publishedData, entry.published, r.publishedCopy].find((x) => x !== undefined);
  const published = isObj(publishedRaw) ? ((isObj(publishedRaw.data) ? publishedRaw.data : publishedRaw) as unknown as EntryData) : null;
  const workflow = isObj(r.workflow) ? r.workflow : {};
  const actions = [r.availableActions, workflow.availableActions, entry.availableActions].find(Array.isArray) as unknown[] | undefined;
  return {
    id: str(entry.id) ?? str(r.id) ?? '',
    slug: str(working.slug) ?? str(entry.slug) ?? '',
    version: num(r.version) ?? num(entry.version) ?? num(working.version) ?? 1,
    workflowStatus: toState(r.workflowStatus ?? entry.workflowStatus ?? workflow.status ?? workflow.state ?? r.status),
    authorId: str(r.authorId ?? entry.authorId) ?? (isObj(r.author) ? str(r.author.id) : undefined) ?? null,
    author: toUserRef(r.author ?? entry.author, r.authorId ?? entry.authorId),
    submitterId: str(r.submitterId ?? entry.submitterId ?? workflow.submitterId) ?? (isObj(r.submittedBy) ? str(r.submittedBy.id) : undefined) ?? null,
    data: stripMeta(working) as EntryInput,
    published,
    publishedVersion: num(r.publishedVersion ?? entry.publishedVersion) ?? null,
    publishedAt: str(r.publishedAt ?? entry.publishedAt) ?? null,
    availableActions: actions ? actions.filter(isAction) : undefined,
    editable: typeof r.editable === 'boolean' ? r.editable : undefined,
    readOnlyReason: r.readOnlyReason === 'status' || r.readOnlyReason === 'role' ? r.readOnlyReason : null,
    history: Array.isArray(r.history) ? (r.history as WorkflowMove[]).filter((h) => isObj(h) && isAction(h.action)) : undefined,
    entryStatus: r.entryStatus !== undefined ? toState(r.entryStatus) : undefined,
    hasWorkingRevision: typeof r.hasWorkingRevision === 'boolean' ? r.hasWorkingRevision : undefined,
    submittedBy: toUserRef(r.submittedBy, r.submitterId),
    openComments: num(r.openComments),
    updatedAt: str(r.updatedAt ?? entry.updatedAt),
    updatedBy: toUserRef(r.updatedBy ?? entry.updatedBy, r.updatedById ?? entry.updatedById),
  };
}

/** Keys that describe the record rather than the entry's content. */
const META_KEYS = new Set(['entryStatus', 'workingStatus', 'hasWorkingRevision', 'editable', 'readOnlyReason', 'history', 'submittedBy', 'submittedAt', 'openComments', 'id', 'version', 'workflowStatus', 'authorId', 'author', 'submitterId', 'createdAt', 'updatedAt', 'updatedBy', 'publishedAt', 'availableActions', 'published', 'working', 'region', 'deletedAt']);

export function stripMeta(v: Raw): Raw {
  const out: Raw = {};
  for (const [k, x] of Object.entries(v)) if (!META_KEYS.has(k)) out[k] = x;
  return out;
}

export function toStale(v: unknown): StaleVersion | null {
  const r = isObj(v) ? v : {};
  const cur = [r.current, isObj(r.details) ? r.details.current : undefined].find(isObj);
  if (!cur) return null;
  const data = isObj(cur.data) ? cur.data : cur;
  return {
    version: num(cur.version) ?? 0,
    data: stripMeta(data) as EntryInput,
    updatedBy: toUserRef(cur.updatedBy, cur.updatedById),
    updatedAt: str(cur.updatedAt),
  };
}

export function toComment(v: unknown): EntryComment {
  const r = isObj(v) ? v : {};
  return {
    id: str(r.id) ?? Math.random().toString(36).slice(2),
    body: str(r.body) ?? str(r.text) ?? '',
    field: str(r.field) ?? null,
    author: toUserRef(r.author, r.authorId),
    createdAt: str(r.createdAt),
    action: str(r.action) ?? str(r.kind) ?? null,
    resolvedAt: str(r.resolvedAt) ?? null,
  };
}

export function toRevision(v: unknown): Revision {
  const r = isObj(v) ? v : {};
  return {
    version: num(r.version) ?? 0,
    workflowStatus: str(r.workflowStatus ?? r.status),
    createdAt: str(r.createdAt),
    createdBy: toUserRef(r.createdBy ?? r.author, r.createdById),
    data: isObj(r.data) ? (stripMeta(r.data) as EntryInput) : undefined,
    published: typeof r.published === 'boolean' ? r.published : undefined,
    current: typeof r.current === 'boolean' ? r.current : undefined,
    note: str(r.note ?? r.comment) ?? null,
  };
}

export function toSessionUser(v: unknown): SessionUser | null {
  const r = isObj(v) ? v : null;
  if (!r) return null;
  const id = str(r.id);
  const email = str(r.email);
  if (!id || !email) return null;
  const roles = Array.isArray(r.roles) ? r.roles.filter((x): x is Role => typeof x === 'string') : typeof r.role === 'string' ? [r.role as Role] : [];
  return { id, email, name: str(r.name) ?? str(r.displayName) ?? email, roles };
}
