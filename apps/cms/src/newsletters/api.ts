import type { NewsletterEdit, NewsletterIssue, WorkflowAction, WorkflowState, LocalizedText } from '@dualcarbon/domain';
import { get, post } from '@/api/http';

export interface IssueEntryRef { id: string; slug: string; title: LocalizedText; kind: string; level: string; workflowStatus: WorkflowState; published: boolean }
export interface UserRef { id: string; name: string; email: string }

/** `GET /api/editor/newsletters/:id`. */
export interface NewsletterDetail {
  id: string;
  number: number;
  version: number;
  workflowStatus: WorkflowState;
  issueStatus: WorkflowState;
  hasWorkingRevision: boolean;
  editable: boolean;
  authorId: string | null;
  author: UserRef | null;
  data: NewsletterIssue;
  published: NewsletterIssue | null;
  publishedAt: string | null;
  availableActions: WorkflowAction[];
  problems: { path: string; code: string; message: string }[];
  entries: Record<string, IssueEntryRef>;
  updatedAt: string;
}

export interface NewsletterListItem {
  id: string; number: number; title: LocalizedText; periodFrom: string; periodTo: string; workflowStatus: WorkflowState; items: number; updatedAt: string; publishedAt: string | null;
}

export interface SendProgress {
  number: number;
  queued?: number;
  counts: { queued: number; sending: number; sent: number; failed: number; skipped: number; total: number };
  confirmedSubscribers: number;
  done: boolean;
  items: { recipient: string; status: string; attempts: number; error: string | null; sentAt: string | null }[];
}

const base = (id: string) => `/editor/newsletters/${encodeURIComponent(id)}`;

export const listNewsletters = () => get<{ items: NewsletterListItem[]; total: number }>('/editor/newsletters', { pageSize: 100 });
export const composeNewsletter = (body: { number: number; periodFrom: string; periodTo: string }) => post<NewsletterDetail>('/editor/newsletters/compose', body);
export const fetchNewsletter = (id: string) => get<NewsletterDetail>(base(id));
/** The domain's edits against a version: 409 newsletter/stale_version when someone saved in between. */
export const editNewsletter = (id: string, version: number, edits: NewsletterEdit[]) => post<NewsletterDetail>(`${base(id)}/edits`, { version, edits });
export const transitionNewsletter = (id: string, action: WorkflowAction, comment?: string) =>
  post<NewsletterDetail>(`${base(id)}/transitions`, comment ? { action, comment } : { action });
export const sendNewsletter = (id: string) => post<SendProgress>(`${base(id)}/send`);
export const fetchSends = (id: string) => get<SendProgress>(`${base(id)}/sends`);
export const fetchSubscriberCounts = () => get<{ pending: number; confirmed: number; unsubscribed: number }>('/editor/subscribers/counts');
