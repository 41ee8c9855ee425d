import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decideNewsletterTransition, type NewsletterDetail } from '@dualcarbon/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import { StaleRead } from '../database/sql';
import type { TransitionBody } from '../editor/editor.schemas';
import { DataVersionService } from '../http/data-version.service';
import type { WorkflowStateRow } from '../review/transitions.queries';
import { runWorkflowTransition, type Move, type WorkflowSubject } from '../review/workflow-transition';
import { EditorNewslettersService } from './editor-newsletters.service';
import { applyNewsletterTransition, effectiveStatus, findNewsletter, workflowAuthor, type NewsletterRow } from './newsletter-store';
import { problemsOf } from './newsletter-validation';
import { newsletterInvalid, newsletterNotFound, staleVersion } from './newsletter.errors';

/** Actions that put an issue in front of readers or reviewers: the issue must have no problems at all. */
const NEEDS_VALID = new Set(['submit', 'approve', 'publish']);

/** Issues under the workflow: the rules of entries, with the comment kept in the transition log. */
const ISSUES: WorkflowSubject<NewsletterRow> = {
  table: 'newsletters',
  entityType: 'newsletter',
  find: (m, id) => findNewsletter(m, id, true),
  notFound: (id) => newsletterNotFound(`has the id "${id}"`),
  // Issues have no separate rules for the working copy's scope: the machine decides as for a whole entry.
  decide: ({ scope: _scope, ...req }) => decideNewsletterTransition(req),
  authorFor: (m, n, user) => workflowAuthor(m, n, user.id),
  async check(m: EntityManager, n: NewsletterRow, action: string) {
    if (!NEEDS_VALID.has(action)) return;
    const problems = await problemsOf(m, n.data, n.id);
    if (problems.length) throw newsletterInvalid(problems, HttpStatus.UNPROCESSABLE_ENTITY);
  },
  apply: (m, n, move: Move) => applyNewsletterTransition(m, n, move.scope, move.to, move.actorId, move.action === 'submit'),
  recordAlongside: async (_m, _n, move) => ({ text: move.comment }),
  auditBefore: (n) => ({ status: effectiveStatus(n), issueStatus: n.workflowStatus, workingStatus: n.workingStatus, version: n.version, number: n.number }),
  auditAfter: (a: WorkflowStateRow) => ({ status: a.working_status ?? a.workflow_status, issueStatus: a.workflow_status, workingStatus: a.working_status }),
};

/** Every workflow move of an issue: the one workflow transition (runWorkflowTransition) over the domain's machine. */
@Injectable()
export class NewsletterTransitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issues: EditorNewslettersService,
    private readonly audit: AuditService,
    private readonly version: DataVersionService,
  ) {}

  async apply(id: string, body: TransitionBody, user: AuthUser, meta: RequestMeta): Promise<NewsletterDetail> {
    try {
      await this.db.transaction((m) => runWorkflowTransition(m, ISSUES, id, body, user, meta, this.audit));
    } catch (err) {
      if (err instanceof StaleRead) throw staleVersion(body.version ?? 0, await this.issues.current(id));
      throw err;
    }
    this.version.invalidate();
    return this.issues.get(id, user);
  }
}
