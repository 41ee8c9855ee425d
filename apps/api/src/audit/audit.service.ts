import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditListQuery } from './audit.schemas';

export { requestMeta, type RequestMeta } from './request-meta';

export interface AuditEntry {
  /** The user who acted; null for the system, the CLI or an anonymous caller (e.g. a failed login). */
  actorId: string | null;
  /** `<area>.<verb>`, e.g. 'entry.submit', 'auth.login_failed', 'user.update'. */
  action: string;
  /** e.g. 'entry', 'user', 'session', 'taxonomy_term'. */
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditRecord {
  id: string;
  at: string;
  actor: { id: string; email: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
}

/** Keys never written to the audit log, at any depth: secrets have no place in an append-only table. */
const SECRET_KEY = /^(password|passwordhash|password_hash|token|tokenhash|token_hash|csrftoken|secret)$/i;

export function redact(value: unknown, depth = 0): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object' || depth > 20) return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => !SECRET_KEY.test(k) && v !== undefined)
      .map(([k, v]) => [k, redact(v, depth + 1)]),
  );
}

/**
 * Append-only audit trail. Pass the transaction's EntityManager so the row commits or rolls back
 * together with the change it describes.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(redact(v)));
    await (manager ?? this.db.manager).query(
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

  /** Newest first; filters are ANDed. `action` ending in `.*` matches a prefix (`entry.*`). */
  async list(q: AuditListQuery): Promise<{ items: AuditRecord[]; total: number; page: number; pageSize: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.actor) add('a.actor_id = ?', q.actor);
    if (q.action?.endsWith('.*')) add(`a.action LIKE ? ESCAPE '\\'`, `${q.action.slice(0, -1).replace(/[\\%_]/g, '\\$&')}%`);
    else if (q.action) add('a.action = ?', q.action);
    if (q.entityType) add('a.entity_type = ?', q.entityType);
    if (q.entityId) add('a.entity_id = ?', q.entityId);
    if (q.from) add('a.at >= ?', q.from);
    if (q.to) add('a.at < ?', q.to);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM audit_log a ${filter}`, params);
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT a.id::text, a.at, a.actor_id, u.email::text AS actor_email, u.name AS actor_name, a.action, a.entity_type,
              a.entity_id, a.before, a.after, a.ip, a.user_agent
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
         ${filter}
        ORDER BY a.at DESC, a.id DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return { items: rows.map(toRecord), total, page: q.page, pageSize: q.pageSize };
  }
}

function toRecord(r: Record<string, unknown>): AuditRecord {
  return {
    id: r.id as string,
    at: (r.at as Date).toISOString(),
    actor: r.actor_id ? { id: r.actor_id as string, email: r.actor_email as string, name: r.actor_name as string } : null,
    action: r.action as string,
    entityType: r.entity_type as string,
    entityId: (r.entity_id as string | null) ?? null,
    before: r.before ?? null,
    after: r.after ?? null,
    ip: (r.ip as string | null) ?? null,
    userAgent: (r.user_agent as string | null) ?? null,
  };
}
