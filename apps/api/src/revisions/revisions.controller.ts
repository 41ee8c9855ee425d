import { DiffSchema, EntryDetailSchema, ErrorSchema, RevisionListSchema, RevisionWithDataSchema } from '@dualcarbon/domain';
import { Body, Controller, Get, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiNotFoundResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { RequestMeta } from '../audit/request-meta';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { AuditMeta, AuthoringRoute, EditorialRoute, IfMatch } from '../common/route-decorators';
import { VersionEtagInterceptor } from '../editor/version-etag.interceptor';
import {
  DiffQuerySchema,
  RestoreBodySchema,
  RevisionListQuerySchema,
  VersionParamSchema,
  type DiffQuery,
  type RestoreBody,
  type RevisionListQuery,
} from './revisions.schemas';
import { RevisionsService } from './revisions.service';

@ApiTags('revisions')
@Controller('editor/entries/:id/revisions')
@ApiParam({ name: 'id', format: 'uuid' })
@ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code entry/not_found or revision/not_found' })
export class RevisionsController {
  constructor(private readonly revisions: RevisionsService) {}

  @Get()
  @EditorialRoute({ summary: 'Every saved state, newest first (without content)', answer: RevisionListSchema })
  list(@Param('id') id: string, @Query({ schema: RevisionListQuerySchema }) query: RevisionListQuery, @CurrentUser() user: AuthUser) {
    return this.revisions.list(id, query, user);
  }

  // Before ':version', which would otherwise take "diff".
  @Get('diff')
  @EditorialRoute({
    summary: 'Field-level differences between two versions, "published" or "current": changed paths with before and after',
    answer: DiffSchema,
  })
  diff(@Param('id') id: string, @Query({ schema: DiffQuerySchema }) query: DiffQuery, @CurrentUser() user: AuthUser) {
    return this.revisions.diff(id, query, user);
  }

  @Get(':version')
  @EditorialRoute({ summary: 'One saved state with its content', answer: RevisionWithDataSchema })
  get(@Param('id') id: string, @Param('version', { schema: VersionParamSchema }) version: number, @CurrentUser() user: AuthUser) {
    return this.revisions.get(id, version, user);
  }

  @Post(':version/restore')
  @UseInterceptors(VersionEtagInterceptor)
  @AuthoringRoute({
    summary: 'Save that version’s content as a new revision (version increments); on a published entry it becomes the working revision',
    answer: EntryDetailSchema,
    errors: { 409: 'entry/stale_version, entry/not_editable or entry/slug_taken' },
  })
  restore(
    @Param('id') id: string,
    @Param('version', { schema: VersionParamSchema }) version: number,
    @Body({ schema: RestoreBodySchema }) body: RestoreBody,
    @IfMatch('The version the restore is based on; default: the current one') ifMatch: string | undefined,
    @CurrentUser() user: AuthUser,
    @AuditMeta() meta: RequestMeta,
  ) {
    return this.revisions.restore(id, version, body ?? {}, ifMatch, user, meta);
  }
}
