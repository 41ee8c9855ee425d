import { type TermView } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, type RequestMeta } from '../audit/audit.service';
import type { AuthUser } from '../auth/current-user.decorator';
import { RequestValidationError } from '../common/errors';
import { TaxonomyTermEntity } from '../database/entities';
import { TaxonomyChanges } from './taxonomy-changes';
import { checkParent, reorderTerms, taxonomyOf, termOrThrow, termsOf, toTree, toView } from './taxonomy-terms';
import { usageByCode, usageOf } from './taxonomy-usage';
import { codeTaken, termInUse } from './taxonomy.errors';
import type { CreateTerm, Reorder, UpdateTerm } from './taxonomy.schemas';

/**
 * Taxonomy administration: list (as a tree, with usage), create, rename, nest, reorder. Every
 * change marks the term origin 'admin' so the seeder leaves it alone, and is audited.
 * Delete and merge are in TaxonomyMergeService.
 */
@Injectable()
export class TaxonomyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly changes: TaxonomyChanges,
  ) {}

  async tree(path: string): Promise<{ taxonomy: string; items: TermView[]; total: number }> {
    const taxonomy = taxonomyOf(path);
    const [terms, usage] = await Promise.all([termsOf(this.db.manager, taxonomy), usageByCode(this.db.manager, taxonomy)]);
    return { taxonomy: path, items: toTree(terms, usage), total: terms.length };
  }

  create(path: string, body: CreateTerm, user: AuthUser, meta: RequestMeta): Promise<TermView> {
    return this.changes.run(path, async (m, taxonomy) => {
      if (taxonomy === 'metric' && !body.unit) throw new RequestValidationError([{ path: 'unit', message: 'A metric needs its canonical unit' }]);
      const existing = await m.findOne(TaxonomyTermEntity, { where: { taxonomy, code: body.code }, withDeleted: true });
      if (existing && !existing.deletedAt) throw codeTaken(body.code);
      const terms = await termsOf(m, taxonomy);
      checkParent(terms, body.code, body.parent);
      const siblings = terms.filter((t) => t.parentCode === (body.parent ?? null));
      const fields = {
        parentCode: body.parent ?? null,
        labelEn: body.en,
        labelZh: body.zh,
        keywords: body.keywords ?? [],
        unit: body.unit ?? null,
        defaultComparison: body.defaultComparison ?? null,
        sort: Math.max(-1, ...siblings.map((t) => t.sort)) + 1,
        origin: 'admin' as const,
      };
      // A code deleted or merged before comes back in place of its tombstone.
      if (existing) await m.update(TaxonomyTermEntity, { id: existing.id }, { ...fields, deletedAt: null, mergedInto: null });
      else await m.insert(TaxonomyTermEntity, { taxonomy, code: body.code, ...fields });
      const view = toView(await termOrThrow(m, taxonomy, body.code), 0);
      await this.audit.record(
        { actorId: user.id, action: 'taxonomy.create', entityType: 'taxonomy_term', entityId: `${taxonomy}:${body.code}`, after: view, ...meta },
        m,
      );
      return view;
    });
  }

  /** Rename (labels), keywords, unit, or nest under another parent. The code never changes. */
  update(path: string, code: string, body: UpdateTerm, user: AuthUser, meta: RequestMeta): Promise<TermView> {
    return this.changes.run(path, async (m, taxonomy) => {
      const term = await termOrThrow(m, taxonomy, code, true);
      if (body.parent !== undefined) checkParent(await termsOf(m, taxonomy), code, body.parent);
      if (body.unit !== undefined && body.unit !== term.unit) {
        // Targets are recorded in the metric's unit: changing it under them would make them wrong.
        const usage = await usageOf(m, taxonomy, code);
        if (usage > 0) throw termInUse(code, usage);
      }
      const before = toView(term, 0);
      await m.update(
        TaxonomyTermEntity,
        { id: term.id },
        {
          ...(body.en !== undefined ? { labelEn: body.en } : {}),
          ...(body.zh !== undefined ? { labelZh: body.zh } : {}),
          ...(body.parent !== undefined ? { parentCode: body.parent } : {}),
          ...(body.keywords !== undefined ? { keywords: body.keywords } : {}),
          ...(body.unit !== undefined ? { unit: body.unit } : {}),
          ...(body.defaultComparison !== undefined ? { defaultComparison: body.defaultComparison } : {}),
          origin: 'admin',
        },
      );
      const after = toView(await termOrThrow(m, taxonomy, code), await usageOf(m, taxonomy, code));
      await this.audit.record(
        { actorId: user.id, action: 'taxonomy.update', entityType: 'taxonomy_term', entityId: `${taxonomy}:${code}`, before, after, ...meta },
        m,
      );
      return after;
    });
  }

  /** Each listed term gets sort = its index. */
  reorder(path: string, body: Reorder, user: AuthUser, meta: RequestMeta): Promise<{ taxonomy: string; items: TermView[]; total: number }> {
    return this.changes.run(path, async (m, taxonomy) => {
      const terms = await termsOf(m, taxonomy);
      const before = Object.fromEntries(terms.filter((t) => body.codes.includes(t.code)).map((t) => [t.code, t.sort]));
      for (const code of body.codes) if (!(code in before)) await termOrThrow(m, taxonomy, code);
      await reorderTerms(m, taxonomy, body.codes);
      const after = Object.fromEntries(body.codes.map((c, i) => [c, i]));
      await this.audit.record({ actorId: user.id, action: 'taxonomy.reorder', entityType: 'taxonomy', entityId: taxonomy, before, after, ...meta }, m);
      return { taxonomy: path, items: toTree(await termsOf(m, taxonomy), await usageByCode(m, taxonomy)), total: terms.length };
    });
  }
}
