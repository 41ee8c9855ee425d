import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditEntry, AuditRecord } from './audit-record';
import { insertAuditRow, listAuditRows } from './audit.queries';
import type { AuditListQuery } from './audit.schemas';

export { requestMeta, type RequestMeta } from './request-meta';

export { redact, type AuditEntry, type AuditRecord } from './audit-record';

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
