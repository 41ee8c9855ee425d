import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import { EditorNewslettersService } from '../newsletters/editor-newsletters.service';
import { notPublished } from '../newsletters/newsletter.errors';
import { SendQueue } from './send-queue.service';
import type { SendsQuery } from './sends.schemas';

/** "ada.lovelace@example.org" → "a***e@e***.org": enough to recognise, not to collect. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  const m = (s: string) => (s.length <= 2 ? `${s[0] ?? ''}***` : `${s[0]}***${s[s.length - 1]}`);
  return `${m(local)}@${m(host)}${tld}`;
}

const STATUSES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;

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
      const rows = await m.query(
        `INSERT INTO newsletter_sends (newsletter_id, subscriber_id, issue, created_by)
         SELECT $1, s.id, $2, $3 FROM subscribers s WHERE s.status = 'confirmed'
         ON CONFLICT (newsletter_id, subscriber_id) DO NOTHING RETURNING id`,
        [n.id, n.number, user.id],
      );
      await this.audit.record({ actorId: user.id, action: 'newsletter.send', entityType: 'newsletter', entityId: n.id, after: { number: n.number, queued: rows.length }, ...meta }, m);
      return rows.length as number;
    });
    this.queue.kick();
    return { queued, ...(await this.progress(id, { page: 1, pageSize: 50 }, user)) };
  }

  /** Counts for everyone in the CMS; the log names recipients in full only for admins, masked for others. */
  async progress(id: string, q: SendsQuery, user: AuthUser) {
    const n = await this.issues.find(id, user);
    const [counts, [{ confirmed }], rows, [{ total }]] = await Promise.all([
      this.db.query(`SELECT status, count(*)::int AS n FROM newsletter_sends WHERE newsletter_id = $1 GROUP BY status`, [n.id]),
      this.db.query(`SELECT count(*)::int AS confirmed FROM subscribers WHERE status = 'confirmed'`),
      this.db.query(
        `SELECT s.status, s.attempts, s.error, s.sent_at, s.updated_at, sub.email::text AS email
           FROM newsletter_sends s JOIN subscribers sub ON sub.id = s.subscriber_id
          WHERE s.newsletter_id = $1 ORDER BY s.id LIMIT $2 OFFSET $3`,
        [n.id, q.pageSize, (q.page - 1) * q.pageSize],
      ),
      this.db.query(`SELECT count(*)::int AS total FROM newsletter_sends WHERE newsletter_id = $1`, [n.id]),
    ]);
    const by = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<(typeof STATUSES)[number], number>;
    for (const c of counts as { status: (typeof STATUSES)[number]; n: number }[]) by[c.status] = c.n;
    const admin = user.roles.includes('admin');
    return {
      number: n.number,
      counts: { ...by, total: total as number },
      confirmedSubscribers: confirmed as number,
      done: by.queued + by.sending === 0,
      items: rows.map((r: Record<string, any>) => ({
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
    const rows: { status: string; n: number }[] = await this.db.query(`SELECT status, count(*)::int AS n FROM subscribers GROUP BY status`);
    const by = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    return { pending: by.pending ?? 0, confirmed: by.confirmed ?? 0, unsubscribed: by.unsubscribed ?? 0 };
  }
}
