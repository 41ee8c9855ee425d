import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decideNewsletterTransition, type NewsletterDetail } from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import type { TransitionBody } from '../editor/editor.schemas';
import { DataVersionService } from '../http/data-version.service';
import { workflowError } from '../review/review.errors';
import { transitionScope } from '../review/workflow-scope';
import { canSee, EditorNewslettersService } from './editor-newsletters.service';
import { applyNewsletterTransition, effectiveStatus, findNewsletter, workflowAuthor } from './newsletter-store';
import { problemsOf } from './newsletter-validation';
import { newsletterInvalid, newsletterNotFound, staleVersion } from './newsletter.errors';

class StaleRead extends Error {}

/** Actions that put an issue in front of readers or reviewers: the issue must have no problems at all. */
const NEEDS_VALID = new Set(['submit', 'approve', 'publish']);

/** Every workflow move of an issue, decided by the domain's decideNewsletterTransition with the row locked. */
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
      await this.db.transaction(async (m) => {
        const n = await findNewsletter(m, id, true);
        if (!n || !canSee(n, user)) throw newsletterNotFound(`has the id "${id}"`);
        if (body.version !== undefined && body.version !== n.version) throw new StaleRead();
        const { scope, from } = transitionScope(n, body.action);
        const decision = decideNewsletterTransition({
          from, action: body.action, actor: user, authorId: await workflowAuthor(m, n, user.id), submitterId: n.submittedBy, comment: body.comment,
        });
        if (!decision.ok) throw workflowError(decision);
        if (NEEDS_VALID.has(body.action)) {
          const problems = await problemsOf(m, n.data, n.id);
          if (problems.length) throw newsletterInvalid(problems, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        const before = { status: effectiveStatus(n), issueStatus: n.workflowStatus, workingStatus: n.workingStatus, version: n.version, number: n.number };
        await applyNewsletterTransition(m, n, scope, decision.to, user.id, body.action === 'submit');
        const [after] = await m.query(`SELECT workflow_status, working_status, version FROM newsletters WHERE id = $1`, [id]);
        await m.query(
          `INSERT INTO newsletter_transitions (newsletter_id, action, scope, from_status, to_status, actor_id, comment, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [id, body.action, scope, from, decision.to, user.id, body.comment ?? null, after.version],
        );
        await this.audit.record(
          { actorId: user.id, action: `newsletter.${body.action}`, entityType: 'newsletter', entityId: id, before,
            after: { status: after.working_status ?? after.workflow_status, issueStatus: after.workflow_status, workingStatus: after.working_status, version: after.version, scope, comment: body.comment ?? null }, ...meta },
          m,
        );
      });
    } catch (err) {
      if (err instanceof StaleRead) throw staleVersion(body.version ?? 0, await this.issues.current(id));
      throw err;
    }
    this.version.invalidate();
    return this.issues.get(id, user);
  }
}
