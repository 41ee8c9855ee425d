import { Injectable } from '@nestjs/common';
import type { EntryData } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import type { Taxonomy } from '../database/entities';
import { columnData, findEntry, isLive, writeColumns, writeWorking } from '../editor/entry-store';
import { changedFields } from '../revisions/entry-diff';
import { TaxonomyChanges } from './taxonomy-changes';
import { deleteTerm, descendants, mergeTermRows, termOrThrow, termsOf, toView } from './taxonomy-terms';
import { entriesUsing, retag, usageOf } from './taxonomy-usage';
import { invalidMerge, termHasChildren, termInUse } from './taxonomy.errors';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Deleting a term (refused while used) and merging one into another (its entries re-tagged), each in one transaction. */
@Injectable()
export class TaxonomyMergeService {
  constructor(
    private readonly changes: TaxonomyChanges,
    private readonly audit: AuditService,
  ) {}

  /** Leaves a tombstone (origin 'admin') so the seeder does not bring the term back. */
  remove(path: string, code: string, user: AuthUser, meta: RequestMeta): Promise<void> {
    return this.changes.run(path, async (m, taxonomy) => {
      const term = await termOrThrow(m, taxonomy, code, true);
      const usage = await usageOf(m, taxonomy, code);
      if (usage > 0) throw termInUse(code, usage);
      const children = (await termsOf(m, taxonomy)).filter((t) => t.parentCode === code).map((t) => t.code);
      if (children.length) throw termHasChildren(code, children);
      await deleteTerm(m, term.id);
      await this.audit.record(
        { actorId: user.id, action: 'taxonomy.delete', entityType: 'taxonomy_term', entityId: `${taxonomy}:${code}`, before: toView(term, 0), ...meta },
        m,
      );
    });
  }

  /**
   * Re-tags every entry using `code` with `into` (public copy and working revision, each a new
   * version with a revision, so open editors reload), moves its children under `into`, points
   * stand-alone observations at `into`, and leaves a tombstone naming `into`.
   */
  merge(path: string, code: string, into: string, user: AuthUser, meta: RequestMeta) {
    return this.changes.run(path, async (m, taxonomy) => {
      if (code === into) throw invalidMerge('A term cannot be merged into itself');
      const from = await termOrThrow(m, taxonomy, code, true);
      const target = await termOrThrow(m, taxonomy, into, true);
      if (descendants(await termsOf(m, taxonomy), code).has(into)) throw invalidMerge(`"${into}" is below "${code}": move it out first`);
      if (taxonomy === 'metric' && from.unit !== target.unit) {
        throw invalidMerge(`"${code}" is recorded in ${from.unit ?? 'no unit'} and "${into}" in ${target.unit ?? 'no unit'}: targets would be wrong`);
      }
      const retagged: string[] = [];
      for (const id of await entriesUsing(m, taxonomy, code)) {
        if (await this.retagEntry(m, id, taxonomy, code, into, user, meta)) retagged.push(id);
      }
      const observations = await mergeTermRows(m, taxonomy, from.id, code, into);
      const result = { merged: code, into, retagged, observations };
      await this.audit.record(
        {
          actorId: user.id,
          action: 'taxonomy.merge',
          entityType: 'taxonomy_term',
          entityId: `${taxonomy}:${code}`,
          before: toView(from, retagged.length),
          after: result,
          ...meta,
        },
        m,
      );
      return result;
    });
  }

  /** One entry, locked: the public columns first, then the working revision, so the latest revision is the working copy. */
  private async retagEntry(m: EntityManager, id: string, taxonomy: Taxonomy, code: string, into: string, user: AuthUser, meta: RequestMeta): Promise<boolean> {
    const e = await findEntry(m, id, true);
    if (!e) return false;
    const columns = await columnData(m, e);
    const newColumns = retag(columns, taxonomy, code, into);
    const working = e.workingData as EntryData | null;
    const newWorking = working ? retag(working, taxonomy, code, into) : null;
    const columnsChanged = !same(columns, newColumns);
    if (!columnsChanged && (!working || same(working, newWorking))) return false;
    const before = e.version;
    if (columnsChanged) await writeColumns(m, e, newColumns, user.id, 'retag');
    if (working && isLive(e)) await writeWorking(m, e, newWorking!, user.id, 'retag');
    const fields = changedFields(working ?? columns, newWorking ?? newColumns);
    await this.audit.record(
      {
        actorId: user.id,
        action: 'entry.retag',
        entityType: 'entry',
        entityId: id,
        before: { version: before, fields: fields.before },
        after: { version: e.version, fields: fields.after, taxonomy, from: code, into },
        ...meta,
      },
      m,
    );
    return true;
  }
}
