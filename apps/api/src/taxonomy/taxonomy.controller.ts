import type { AnswerOf } from '../http/answer';
import { ErrorSchema, MergeResultSchema, TermSchema, TermTreeSchema } from '@dualcarbon/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { requestMeta } from '../audit/request-meta';
import { Auth } from '../auth/auth.decorator';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
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
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'The terms as a tree, in order, with how often each is used' })
  @ApiOkResponse({ standardSchema: TermTreeSchema })
  list(@Param('taxonomy') taxonomy: string): AnswerOf<typeof TermTreeSchema> {
    return this.terms.tree(taxonomy);
  }

  @Post()
  @Auth('admin')
  @ApiOperation({ summary: 'Add a term (a deleted code comes back)' })
  @ApiCreatedResponse({ standardSchema: TermSchema })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: 'code taxonomy/code_taken' })
  @ApiUnprocessableEntityResponse({ standardSchema: ErrorSchema, description: 'Parent missing (code taxonomy/invalid_parent)' })
  create(
    @Param('taxonomy') taxonomy: string,
    @Body({ schema: CreateTermSchema }) body: CreateTerm,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof TermSchema> {
    return this.terms.create(taxonomy, body, user, requestMeta(req));
  }

  @Post('reorder')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'Set the order: each listed code gets sort = its index' })
  @ApiOkResponse({ standardSchema: TermTreeSchema })
  reorder(
    @Param('taxonomy') taxonomy: string,
    @Body({ schema: ReorderSchema }) body: Reorder,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof TermTreeSchema> {
    return this.terms.reorder(taxonomy, body, user, requestMeta(req));
  }

  @Patch(':code')
  @Auth('admin')
  @ApiOperation({ summary: 'Rename (EN/ZH labels), change keywords or unit, or nest under another parent; the code stays' })
  @ApiOkResponse({ standardSchema: TermSchema })
  @ApiUnprocessableEntityResponse({ standardSchema: ErrorSchema, description: 'Parent missing or a cycle (code taxonomy/invalid_parent)' })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: 'Changing the unit of a metric in use (code taxonomy/term_in_use)' })
  update(
    @Param('taxonomy') taxonomy: string,
    @Param('code') code: string,
    @Body({ schema: UpdateTermSchema }) body: UpdateTerm,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof TermSchema> {
    return this.terms.update(taxonomy, code, body, user, requestMeta(req));
  }

  @Delete(':code')
  @HttpCode(204)
  @Auth('admin')
  @ApiOperation({ summary: 'Delete an unused term without children' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({
    standardSchema: ErrorSchema,
    description: 'In use: code taxonomy/term_in_use with usage (a count); or taxonomy/term_has_children with children',
  })
  remove(@Param('taxonomy') taxonomy: string, @Param('code') code: string, @CurrentUser() user: AuthUser, @Req() req: Request) {
    return this.merges.remove(taxonomy, code, user, requestMeta(req));
  }

  @Post(':code/merge')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'Merge the term into another: its entries are re-tagged (new versions) and its children move, in one transaction' })
  @ApiOkResponse({ standardSchema: MergeResultSchema })
  @ApiUnprocessableEntityResponse({
    standardSchema: ErrorSchema,
    description: 'Into itself, into its own descendant, or metrics in different units (code taxonomy/invalid_merge)',
  })
  merge(
    @Param('taxonomy') taxonomy: string,
    @Param('code') code: string,
    @Body({ schema: MergeSchema }) body: Merge,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof MergeResultSchema> {
    return this.merges.merge(taxonomy, code, body.into, user, requestMeta(req));
  }
}
