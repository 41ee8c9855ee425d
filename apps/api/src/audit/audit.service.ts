import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { insertAuditRow, listAuditRows } from './audit.queries';
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
    await insertAuditRow(manager ?? this.db.manager, entry);
  }

  /** Newest first; filters are ANDed. `action` ending in `.*` matches a prefix (`entry.*`). */
  async list(q: AuditListQuery): Promise<{ items: AuditRecord[]; total: number; page: number; pageSize: number }> {
    const { rows, total } = await listAuditRows(this.db, q);
    return { items: rows, total, page: q.page, pageSize: q.pageSize };
  }
}
