import type { AnswerOf } from '../http/answer';
import { DiffSchema, EntryDetailSchema, ErrorSchema, RevisionListSchema, RevisionWithDataSchema } from '@dualcarbon/domain';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { requestMeta } from '../audit/request-meta';
import { Auth } from '../auth/auth.decorator';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
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
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Every saved state, newest first (without content)' })
  @ApiOkResponse({ standardSchema: RevisionListSchema })
  list(
    @Param('id') id: string,
    @Query({ schema: RevisionListQuerySchema }) query: RevisionListQuery,
    @CurrentUser() user: AuthUser,
  ): AnswerOf<typeof RevisionListSchema> {
    return this.revisions.list(id, query, user);
  }

  // Before ':version', which would otherwise take "diff".
  @Get('diff')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Field-level differences between two versions, "published" or "current": changed paths with before and after' })
  @ApiOkResponse({ standardSchema: DiffSchema })
  diff(@Param('id') id: string, @Query({ schema: DiffQuerySchema }) query: DiffQuery, @CurrentUser() user: AuthUser): AnswerOf<typeof DiffSchema> {
    return this.revisions.diff(id, query, user);
  }

  @Get(':version')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'One saved state with its content' })
  @ApiOkResponse({ standardSchema: RevisionWithDataSchema })
  get(
    @Param('id') id: string,
    @Param('version', { schema: VersionParamSchema }) version: number,
    @CurrentUser() user: AuthUser,
  ): AnswerOf<typeof RevisionWithDataSchema> {
    return this.revisions.get(id, version, user);
  }

  @Post(':version/restore')
  @HttpCode(200)
  @Auth('editor', 'admin')
  @UseInterceptors(VersionEtagInterceptor)
  @ApiOperation({ summary: 'Save that version’s content as a new revision (version increments); on a published entry it becomes the working revision' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the restore is based on; default: the current one' })
  @ApiOkResponse({ standardSchema: EntryDetailSchema })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: 'entry/stale_version, entry/not_editable or entry/slug_taken' })
  restore(
    @Param('id') id: string,
    @Param('version', { schema: VersionParamSchema }) version: number,
    @Body({ schema: RestoreBodySchema }) body: RestoreBody,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof EntryDetailSchema> {
    return this.revisions.restore(id, version, body ?? {}, ifMatch, user, requestMeta(req));
  }
}
