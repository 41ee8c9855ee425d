import type { EntryData, WorkflowState } from '@dualcarbon/domain';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { EntryEntity, EntryRevisionEntity } from '../database/entities';
import { CHILD_KINDS, childTable } from './entry-children';
import { toRows } from './entry.mapper';

export interface WriteOptions {
  workflowStatus: WorkflowState;
  /** Null for system writes (the seeder). */
  actorId: string | null;
  seedChecksum?: string | null;
  publishedAt?: Date | null;
}

type Rows = ReturnType<typeof toRows>;

async function insertChildren(manager: EntityManager, entryId: string, rows: Rows) {
  const withEntry = <T>(list: T[]) => list.map((r) => ({ ...r, entryId }));
  // Sequential: one transaction's queries go over one connection anyway.
  for (const kind of CHILD_KINDS) {
    if (rows[kind].length) await manager.insert(childTable(kind).entity, withEntry<object>(rows[kind]));
  }
}

async function deleteChildren(manager: EntityManager, entryId: string) {
  for (const kind of CHILD_KINDS) await manager.delete(childTable(kind).entity, { entryId });
}

async function recordRevision(manager: EntityManager, entry: EntryEntity, data: EntryData, actorId: string | null) {
  await manager.insert(EntryRevisionEntity, {
    entryId: entry.id,
    version: entry.version,
    workflowStatus: entry.workflowStatus,
    data,
    createdBy: actorId,
  });
}

/** Creates an entry with its child rows and first revision. Call inside a transaction. */
export async function insertEntry(manager: EntityManager, data: EntryData, opts: WriteOptions): Promise<EntryEntity> {
  const rows = toRows(data);
  const entry = await manager.save(
    manager.create(EntryEntity, {
      ...rows.entry,
      workflowStatus: opts.workflowStatus,
      authorId: opts.actorId,
      seedChecksum: opts.seedChecksum ?? null,
      publishedAt: opts.publishedAt ?? null,
    }),
  );
  await insertChildren(manager, entry.id, rows);
  await recordRevision(manager, entry, data, opts.actorId);
  return entry;
}

/** Someone else saved the entry after it was read. */
export class EntryVersionConflictError extends Error {
  constructor(readonly slug: string) {
    super(`Entry "${slug}" was changed by someone else; reload it and try again`);
    this.name = 'EntryVersionConflictError';
  }
}

/**
 * Replaces an entry's content and child rows, bumping its version and recording a revision.
 * Optimistic locking: the update only applies while the row still has the version `entry` was read at.
 */
export async function replaceEntry(manager: EntityManager, entry: EntryEntity, data: EntryData, opts: WriteOptions): Promise<EntryEntity> {
  const rows = toRows(data);
  const changes = {
    ...rows.entry,
    workflowStatus: opts.workflowStatus,
    seedChecksum: opts.seedChecksum ?? entry.seedChecksum,
    publishedAt: opts.publishedAt ?? entry.publishedAt,
  };
  const result = await manager
    .createQueryBuilder()
    .update(EntryEntity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id: entry.id, version: entry.version })
    .execute();
  if (result.affected !== 1) throw new EntryVersionConflictError(entry.slug);
  const saved = Object.assign(entry, changes, { version: entry.version + 1 });
  await deleteChildren(manager, entry.id);
  await insertChildren(manager, entry.id, rows);
  await recordRevision(manager, saved, data, opts.actorId);
  return saved;
}

/** Whether anyone but the system has saved this entry: the seed then leaves it alone. */
export async function editedByPeople(manager: EntityManager, entryId: string): Promise<boolean> {
  return manager.exists(EntryRevisionEntity, { where: { entryId, createdBy: Not(IsNull()) } });
}
