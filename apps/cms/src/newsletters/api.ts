import type {
  IssueEntryRef,
  NewsletterDetail,
  NewsletterEdit,
  NewsletterList,
  NewsletterListItem,
  SendProgress,
  SubscriberCounts,
  UserRef,
  WorkflowAction,
} from '@dualcarbon/domain';
import { get, post } from '@/api/http';

/** The API's answers about newsletter issues: the domain's answer types. */
export type { IssueEntryRef, NewsletterDetail, NewsletterListItem, SendProgress, UserRef };

const base = (id: string) => `/editor/newsletters/${encodeURIComponent(id)}`;

export const listNewsletters = () => get<NewsletterList>('/editor/newsletters', { pageSize: 100 });
export const composeNewsletter = (body: { number: number; periodFrom: string; periodTo: string }) =>
  post<NewsletterDetail>('/editor/newsletters/compose', body);
export const fetchNewsletter = (id: string) => get<NewsletterDetail>(base(id));
/** The domain's edits against a version: 409 newsletter/stale_version when someone saved in between. */
export const editNewsletter = (id: string, version: number, edits: NewsletterEdit[]) => post<NewsletterDetail>(`${base(id)}/edits`, { version, edits });
export const transitionNewsletter = (id: string, action: WorkflowAction, comment?: string) =>
  post<NewsletterDetail>(`${base(id)}/transitions`, comment ? { action, comment } : { action });
export const sendNewsletter = (id: string) => post<SendProgress>(`${base(id)}/send`);
export const fetchSends = (id: string) => get<SendProgress>(`${base(id)}/sends`);
export const fetchSubscriberCounts = () => get<SubscriberCounts>('/editor/subscribers/counts');
