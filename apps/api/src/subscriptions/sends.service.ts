import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import { EditorNewslettersService } from '../newsletters/editor-newsletters.service';
import { notPublished } from '../newsletters/newsletter.errors';
import { SendQueue } from './send-queue.service';
import type { SendsQuery } from './sends.schemas';
import { SEND_STATUSES, sendQueries, subscriberQueries, type SendStatus } from './subscriptions.queries';

/** "ada.lovelace@example.org" → "a***e@e***.org": enough to recognise, not to collect. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  const m = (s: string) => (s.length <= 2 ? `${s[0] ?? ''}***` : `${s[0]}***${s[s.length - 1]}`);
  return `${m(local)}@${m(host)}${tld}`;
}

/**
 * Sending a published issue to confirmed subscribers. Each (issue, subscriber) pair is queued once
 * (unique in newsletter_sends), so sending again only reaches subscribers who confirmed since.
 */
@Injectable()
export class SendsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issues: EditorNewslettersService,
    private readonly queue: SendQueue,
    private readonly audit: AuditService,
  ) {}

  async send(id: string, user: AuthUser, meta: RequestMeta) {
    const n = await this.issues.find(id, user);
    if (n.workflowStatus !== 'published') throw notPublished();
    const queued = await this.db.transaction(async (m) => {
      const queued = await sendQueries.enqueueIssue(m, n.id, n.number, user.id);
      await this.audit.record(
        { actorId: user.id, action: 'newsletter.send', entityType: 'newsletter', entityId: n.id, after: { number: n.number, queued }, ...meta },
        m,
      );
      return queued;
    });
    this.queue.kick();
    return { queued, ...(await this.progress(id, { page: 1, pageSize: 50 }, user)) };
  }

  /** Counts for everyone in the CMS; the log names recipients in full only for admins, masked for others. */
  async progress(id: string, q: SendsQuery, user: AuthUser) {
    const n = await this.issues.find(id, user);
    const [counts, confirmed, rows, total] = await Promise.all([
      sendQueries.countsByStatus(this.db, n.id),
      subscriberQueries.confirmedCount(this.db),
      sendQueries.log(this.db, n.id, q.pageSize, (q.page - 1) * q.pageSize),
      sendQueries.total(this.db, n.id),
    ]);
    const by = Object.fromEntries(SEND_STATUSES.map((s) => [s, 0])) as Record<SendStatus, number>;
    for (const c of counts) by[c.status] = c.n;
    const admin = user.roles.includes('admin');
    return {
      number: n.number,
      counts: { ...by, total },
      confirmedSubscribers: confirmed,
      done: by.queued + by.sending === 0,
      items: rows.map((r) => ({
        recipient: admin ? r.email : maskEmail(r.email),
        status: r.status,
        attempts: r.attempts,
        error: r.error,
        sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
        updatedAt: new Date(r.updated_at).toISOString(),
      })),
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /** Subscriber numbers (never addresses). */
  async subscriberCounts() {
    const rows = await subscriberQueries.countsByStatus(this.db);
    const by: Partial<Record<string, number>> = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    return { pending: by.pending ?? 0, confirmed: by.confirmed ?? 0, unsubscribed: by.unsubscribed ?? 0 };
  }
}
