import { issueEntrySlugs, type IssueEntryRef, type NewsletterDetail } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import { toEntryIssues } from '../editor/editor.errors';
import { workflowDetail } from '../editor/workflow-detail';
import { actionsFor } from '../review/workflow-scope';
import { isEditable, workflowAuthor, type NewsletterRow } from './newsletter-store';
import { problemsOf } from './newsletter-validation';

/** The entries an issue presents, by slug (deleted ones are left out: the CMS shows them as missing). */
export async function entryRefs(m: EntityManager, slugs: string[]): Promise<Record<string, IssueEntryRef>> {
  if (!slugs.length) return {};
  const rows: Record<string, any>[] = await m.query(
    `SELECT id, slug, title_en, title_zh, kind, level, workflow_status FROM entries WHERE slug = ANY($1::text[]) AND deleted_at IS NULL`,
    [slugs],
  );
  return Object.fromEntries(
    rows.map((r) => [
      r.slug,
      {
        id: r.id,
        slug: r.slug,
        kind: r.kind,
        level: r.level,
        workflowStatus: r.workflow_status,
        published: r.workflow_status === 'published',
        title: { ...(r.title_en ? { en: r.title_en } : {}), ...(r.title_zh ? { zh: r.title_zh } : {}) },
      },
    ]),
  );
}

export async function buildDetail(m: EntityManager, n: NewsletterRow, user: AuthUser): Promise<NewsletterDetail> {
  const slugs = [...new Set([...issueEntrySlugs(n.data), ...(n.publishedData ? issueEntrySlugs(n.publishedData) : [])])];
  const [workflow, author, problems, entries] = await Promise.all([
    workflowDetail(m, n),
    workflowAuthor(m, n, user.id),
    problemsOf(m, n.data, n.id),
    entryRefs(m, slugs),
  ]);
  return {
    id: n.id,
    number: n.number,
    ...workflow,
    issueStatus: n.workflowStatus,
    editable: isEditable(n),
    data: n.data,
    published: n.workflowStatus === 'published' ? n.publishedData : null,
    availableActions: actionsFor(n, user, author, n.submittedBy),
    problems: toEntryIssues(problems),
    entries,
    createdAt: new Date(n.createdAt).toISOString(),
    updatedAt: new Date(n.updatedAt).toISOString(),
  };
}
