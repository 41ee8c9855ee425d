/**
 * The API's answers as the CMS reads them: the domain's answer types (one source with the API's
 * schemas and its OpenAPI document), imported as types only, so no schema reaches the browser.
 */
import type {
  Comment,
  EntryInput,
  Dashboard,
  DashboardBucket as DashboardBucketAnswer,
  EntryDetail as EntryDetailAnswer,
  EntryListItem as EntryListItemAnswer,
  Revision as RevisionAnswer,
  RevisionWithData,
  Session,
  StaleVersion as StaleVersionAnswer,
  TransitionRecord,
  UserRef as UserRefAnswer,
} from '@dualcarbon/domain';

/** Someone the API names: an author, a reviewer, the person who saved last. */
export type UserRef = NonNullable<UserRefAnswer>;
export type SessionUser = Session['user'];

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** One row of the editorial entry list. */
export type EntryListItem = EntryListItemAnswer;
export type DashboardBucket = DashboardBucketAnswer;
export type DashboardData = Dashboard;

/**
 * `GET /api/editor/entries/:id`: the working copy, the published copy and where it stands. The CMS
 * holds the working copy in the form's (input) shape, which every answer's copy also is.
 */
export type EntryDetail = Omit<EntryDetailAnswer, 'data'> & { data: EntryInput };
export type WorkflowMove = TransitionRecord;

/** The 409 `entry/stale_version` answer: what is on the server now. */
export type StaleVersion = Omit<StaleVersionAnswer['current'], 'data'> & { data: EntryInput };
export type EntryComment = Comment;

/** A saved version; with its content when one version was asked for. */
export type Revision = RevisionAnswer & Partial<Pick<RevisionWithData, 'data'>>;

export function userName(u: UserRef | null | undefined): string {
  return u?.name || u?.email || u?.id || '';
}

/** What the server holds now, from a 409 `entry/stale_version` answer (null for any other answer). */
export function toStale(body: unknown): StaleVersion | null {
  const answer = body as Partial<StaleVersionAnswer> | null | undefined;
  return answer?.code === 'entry/stale_version' && answer.current ? answer.current : null;
}
