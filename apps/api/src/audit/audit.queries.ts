import { execute, pagedRows, SqlConditions, type Queryable } from '../database/sql';
import { redact, type AuditEntry, type AuditRecord } from './audit-record';
import type { AuditListQuery } from './audit.schemas';

/** SQL of the audit log: one insert per audited change, and the admins' filtered list; typed rows and their mapper. */

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_email: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  user_agent: string | null;
}

/** Writes one entry, with secrets redacted from before and after and the user agent cut to 512 characters. */
export async function insertAuditRow(db: Queryable, entry: AuditEntry): Promise<void> {
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(redact(v)));
  await execute(
    db,
    `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8)`,
    [
      entry.actorId,
      entry.action,
      entry.entityType,
      entry.entityId ?? null,
      json(entry.before),
      json(entry.after),
      entry.ip ?? null,
      entry.userAgent?.slice(0, 512) ?? null,
    ],
  );
}

/** A page of the log, newest first; filters are ANDed. `action` ending in `.*` matches a prefix (`entry.*`). */
export async function listAuditRows(db: Queryable, q: AuditListQuery): Promise<{ rows: AuditRecord[]; total: number }> {
  const c = new SqlConditions();
  if (q.actor) c.and(`a.actor_id = ${c.param(q.actor)}`);
  if (q.action?.endsWith('.*')) c.and(`a.action LIKE ${c.param(`${q.action.slice(0, -1).replace(/[\\%_]/g, '\\$&')}%`)} ESCAPE '\\'`);
  else if (q.action) c.and(`a.action = ${c.param(q.action)}`);
  if (q.entityType) c.and(`a.entity_type = ${c.param(q.entityType)}`);
  if (q.entityId) c.and(`a.entity_id = ${c.param(q.entityId)}`);
  if (q.from) c.and(`a.at >= ${c.param(q.from)}`);
  if (q.to) c.and(`a.at < ${c.param(q.to)}`);
  const { rows, total } = await pagedRows<AuditRow>(db, {
    select: `a.id::text, a.at, a.actor_id, u.email::text AS actor_email, u.name AS actor_name, a.action, a.entity_type,
             a.entity_id, a.before, a.after, a.ip, a.user_agent`,
    from: `audit_log a LEFT JOIN users u ON u.id = a.actor_id ${c.where}`,
    orderBy: 'a.at DESC, a.id DESC',
    params: c.params,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { rows: rows.map(toRecord), total };
}

function toRecord(r: AuditRow): AuditRecord {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actor_id ? { id: r.actor_id, email: r.actor_email!, name: r.actor_name! } : null,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id ?? null,
    before: r.before ?? null,
    after: r.after ?? null,
    ip: r.ip ?? null,
    userAgent: r.user_agent ?? null,
  };
}
