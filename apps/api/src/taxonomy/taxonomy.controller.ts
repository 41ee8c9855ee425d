import { ErrorSchema, MergeResultSchema, TermSchema, TermTreeSchema } from '@dualcarbon/domain';
import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { RequestMeta } from '../audit/request-meta';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { AdminRoute, AuditMeta, EditorialRoute } from '../common/route-decorators';
import { TaxonomyMergeService } from './taxonomy-merge.service';
import {
  CreateTermSchema,
  MergeSchema,
  ReorderSchema,
  TAXONOMY_PATHS,
  UpdateTermSchema,
  type CreateTerm,
  type Merge,
  type Reorder,
  type UpdateTerm,
} from './taxonomy.schemas';
import { TaxonomyService } from './taxonomy.service';

@ApiTags('taxonomy')
@Controller('admin/taxonomies/:taxonomy')
@ApiParam({ name: 'taxonomy', enum: Object.keys(TAXONOMY_PATHS) })
@ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code taxonomy/not_found or taxonomy/term_not_found' })
export class TaxonomyController {
  constructor(
    private readonly terms: TaxonomyService,
    private readonly merges: TaxonomyMergeService,
  ) {}

  @Get()
  @EditorialRoute({ summary: 'The terms as a tree, in order, with how often each is used', answer: TermTreeSchema })
  list(@Param('taxonomy') taxonomy: string) {
    return this.terms.tree(taxonomy);
  }

  @Post()
  @AdminRoute({
    summary: 'Add a term (a deleted code comes back)',
    answer: TermSchema,
    status: 201,
    errors: { 409: 'code taxonomy/code_taken', 422: 'Parent missing (code taxonomy/invalid_parent)' },
  })
  create(
    @Param('taxonomy') taxonomy: string,
    @Body({ schema: CreateTermSchema }) body: CreateTerm,
    @CurrentUser() user: AuthUser,
    @AuditMeta() meta: RequestMeta,
  ) {
    return this.terms.create(taxonomy, body, user, meta);
  }

  @Post('reorder')
  @AdminRoute({ summary: 'Set the order: each listed code gets sort = its index', answer: TermTreeSchema })
  reorder(@Param('taxonomy') taxonomy: string, @Body({ schema: ReorderSchema }) body: Reorder, @CurrentUser() user: AuthUser, @AuditMeta() meta: RequestMeta) {
    return this.terms.reorder(taxonomy, body, user, meta);
  }

  @Patch(':code')
  @AdminRoute({
    summary: 'Rename (EN/ZH labels), change keywords or unit, or nest under another parent; the code stays',
    answer: TermSchema,
    errors: { 422: 'Parent missing or a cycle (code taxonomy/invalid_parent)', 409: 'Changing the unit of a metric in use (code taxonomy/term_in_use)' },
  })
  update(
    @Param('taxonomy') taxonomy: string,
    @Param('code') code: string,
    @Body({ schema: UpdateTermSchema }) body: UpdateTerm,
    @CurrentUser() user: AuthUser,
    @AuditMeta() meta: RequestMeta,
  ) {
    return this.terms.update(taxonomy, code, body, user, meta);
  }

  @Delete(':code')
  @AdminRoute({
    summary: 'Delete an unused term without children',
    answer: { description: 'Deleted' },
    status: 204,
    errors: { 409: 'In use: code taxonomy/term_in_use with usage (a count); or taxonomy/term_has_children with children' },
  })
  remove(@Param('taxonomy') taxonomy: string, @Param('code') code: string, @CurrentUser() user: AuthUser, @AuditMeta() meta: RequestMeta) {
    return this.merges.remove(taxonomy, code, user, meta);
  }

  @Post(':code/merge')
  @AdminRoute({
    summary: 'Merge the term into another: its entries are re-tagged (new versions) and its children move, in one transaction',
    answer: MergeResultSchema,
    errors: { 422: 'Into itself, into its own descendant, or metrics in different units (code taxonomy/invalid_merge)' },
  })
  merge(
    @Param('taxonomy') taxonomy: string,
    @Param('code') code: string,
    @Body({ schema: MergeSchema }) body: Merge,
    @CurrentUser() user: AuthUser,
    @AuditMeta() meta: RequestMeta,
  ) {
    return this.merges.merge(taxonomy, code, body.into, user, meta);
  }
}
