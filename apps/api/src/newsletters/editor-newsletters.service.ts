import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  applyEdits,
  composeIssue,
  issueEntrySlugs,
  NewsletterEditError,
  type NewsletterDetail,
  type NewsletterEdit,
  type NewsletterIssue,
} from '@dualcarbon/domain';
import { DataSource } from 'typeorm';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import type { CurrentVersion } from '../editor/editor.errors';
import { parseIfMatch, splitSaveBody } from '../editor/editor.schemas';
import { userRefs } from '../editor/users';
import { canSee } from '../editor/visibility';
import { StaleRead } from '../database/sql';
import { DataVersionService } from '../http/data-version.service';
import { composableEntries } from './compose-source';
import { buildDetail } from './newsletter-detail';
import { effectiveStatus, findNewsletter, insertDraft, isEditable, NewsletterVersionConflict, saveContent, type NewsletterRow } from './newsletter-store';
import { parseIssueOrThrow } from './newsletter-validation';
import type { ComposeBody, EditsBody } from './newsletter.schemas';
import {
  editFailed,
  isNumberViolation,
  newsletterInvalid,
  newsletterNotFound,
  notEditable,
  numberTaken,
  staleVersion,
  versionRequired,
} from './newsletter.errors';

/** Which entries an edit added and removed, for the audit trail. */
function itemChanges(before: NewsletterIssue, after: NewsletterIssue) {
  const a = new Set(issueEntrySlugs(before));
  const b = new Set(issueEntrySlugs(after));
  return { added: [...b].filter((s) => !a.has(s)), removed: [...a].filter((s) => !b.has(s)) };
}

/** Composing, reading and saving issues in the CMS. Transitions: NewsletterTransitionsService. */
@Injectable()
export class EditorNewslettersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly version: DataVersionService,
  ) {}

  async find(id: string, user: AuthUser): Promise<NewsletterRow> {
    const n = await findNewsletter(this.db.manager, id);
    if (!n || !canSee(n, user)) throw newsletterNotFound(`has the id "${id}"`);
    return n;
  }

  async get(id: string, user: AuthUser): Promise<NewsletterDetail> {
    return buildDetail(this.db.manager, await this.find(id, user), user);
  }

  /** A draft from the entries published in the period, laid out by the domain's rules, authored by the user. */
  async compose(body: ComposeBody, user: AuthUser, meta: RequestMeta): Promise<NewsletterDetail> {
    if (body.periodTo < body.periodFrom) {
      throw newsletterInvalid([
        { path: ['periodTo'], code: 'newsletter/period_out_of_order', message: `The period must not end before it starts (${body.periodFrom})` },
      ]);
    }
    const entries = await composableEntries(this.db.manager, body.periodFrom, body.periodTo);
    const draft = composeIssue({ number: body.number, periodFrom: body.periodFrom, periodTo: body.periodTo, entries, options: { exclude: body.exclude } });
    const id = await this.db
      .transaction(async (m) => {
        const data = await parseIssueOrThrow(m, draft, null);
        const newId = await insertDraft(m, data, user.id, 'compose');
        await this.audit.record(
          {
            actorId: user.id,
            action: 'newsletter.compose',
            entityType: 'newsletter',
            entityId: newId,
            after: { number: data.number, periodFrom: data.periodFrom, periodTo: data.periodTo, version: 1, status: 'draft', entries: issueEntrySlugs(data) },
            ...meta,
          },
          m,
        );
        return newId;
      })
      .catch((err) => {
        throw isNumberViolation(err) ? numberTaken(body.number) : err;
      });
    this.version.invalidate();
    return this.get(id, user);
  }

  /** `PUT …/newsletters/:id`: the whole issue, with the version from If-Match or the body. */
  async update(id: string, body: unknown, ifMatch: string | undefined, user: AuthUser, meta: RequestMeta): Promise<NewsletterDetail> {
    const { raw, version } = splitSaveBody(body);
    const based = parseIfMatch(ifMatch) ?? version;
    if (based === undefined) throw versionRequired();
    return this.write(id, based, user, meta, 'newsletter.update', 'save', async (m) => parseIssueOrThrow(m, raw, id));
  }

  /** `POST …/newsletters/:id/edits`: the domain's pure edits applied to the working copy, then validated like a save. */
  async edit(id: string, body: EditsBody, user: AuthUser, meta: RequestMeta): Promise<NewsletterDetail> {
    return this.write(
      id,
      body.version,
      user,
      meta,
      'newsletter.edit',
      'edits',
      async (m, current) => {
        let next: NewsletterIssue;
        try {
          next = applyEdits(current.data, body.edits as NewsletterEdit[]);
        } catch (err) {
          if (err instanceof NewsletterEditError) throw editFailed(err);
          throw err;
        }
        return parseIssueOrThrow(m, next, id);
      },
      { edits: body.edits },
    );
  }

  /**
   * One content change: row locked, version compared, new content computed and validated, then
   * `UPDATE … WHERE id AND version` (of concurrent writes of one version exactly one wins; the others
   * get 409 newsletter/stale_version with the current state).
   */
  private async write(
    id: string,
    based: number,
    user: AuthUser,
    meta: RequestMeta,
    action: string,
    note: string,
    next: (m: import('typeorm').EntityManager, current: NewsletterRow) => Promise<NewsletterIssue>,
    extra: Record<string, unknown> = {},
  ): Promise<NewsletterDetail> {
    await this.find(id, user);
    let data: NewsletterIssue | undefined;
    try {
      await this.db.transaction(async (m) => {
        const n = await findNewsletter(m, id, true);
        if (!n || !canSee(n, user)) throw newsletterNotFound(`has the id "${id}"`);
        if (n.version !== based) throw new StaleRead();
        if (!isEditable(n)) throw notEditable(effectiveStatus(n));
        const before = { version: n.version, status: effectiveStatus(n), number: n.number, data: n.data };
        data = await next(m, n);
        if (data.number !== n.number && n.publishedAt) {
          throw newsletterInvalid([
            { path: ['number'], code: 'newsletter/number_fixed', message: `Issue ${n.number} has been published: its number cannot change` },
          ]);
        }
        const version = await saveContent(m, n, data, user.id, note);
        await this.audit.record(
          {
            actorId: user.id,
            action,
            entityType: 'newsletter',
            entityId: id,
            before: { version: before.version, status: before.status, number: before.number },
            after: { version, status: effectiveStatus(n), number: data.number, ...itemChanges(before.data, data), ...extra },
            ...meta,
          },
          m,
        );
      });
    } catch (err) {
      if (err instanceof StaleRead || err instanceof NewsletterVersionConflict) throw staleVersion(based, await this.current(id));
      if (isNumberViolation(err)) throw numberTaken(data?.number ?? 0);
      throw err;
    }
    this.version.invalidate();
    return this.get(id, user);
  }

  /** What a stale writer needs to merge. */
  async current(id: string): Promise<CurrentVersion> {
    const n = await findNewsletter(this.db.manager, id);
    if (!n) throw newsletterNotFound(`has the id "${id}"`);
    const refs = await userRefs(this.db.manager, [n.updatedBy]);
    return { version: n.version, data: n.data, updatedBy: (n.updatedBy && refs.get(n.updatedBy)) || null, updatedAt: new Date(n.updatedAt).toISOString() };
  }
}
