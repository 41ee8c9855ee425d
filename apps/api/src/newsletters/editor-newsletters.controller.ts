import type { AnswerOf } from '../http/answer';
import {
  ErrorSchema,
  NewsletterDetailSchema,
  NewsletterHistorySchema,
  NewsletterRevisionListSchema,
  NewsletterRevisionWithDataSchema,
  NewsletterListSchema,
} from '@dualcarbon/domain';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Req, UseInterceptors } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
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
import { TransitionBodySchema, openApi, type TransitionBody } from '../editor/editor.schemas';
import { VersionEtagInterceptor } from '../editor/version-etag.interceptor';
import { EditorNewslettersService } from './editor-newsletters.service';
import { NewsletterListService } from './newsletter-list.service';
import { NewsletterTransitionsService } from './newsletter-transitions.service';
import {
  ComposeBodySchema,
  EditorListQuerySchema,
  EditsBodySchema,
  RevisionsQuerySchema,
  SaveBodyDoc,
  VersionParamSchema,
  type ComposeBody,
  type EditorListQuery,
  type EditsBody,
  type RevisionsQuery,
} from './newsletter.schemas';

const INVALID =
  'Not a valid issue (newsletter/invalid, issues [{path, code, message}] with the domain’s codes) or an edit that does not fit (newsletter/edit_failed)';
const STALE =
  'Saved by someone else meanwhile (newsletter/stale_version, with current), number taken (newsletter/number_taken), or not editable in its state (newsletter/not_editable)';

@ApiTags('newsletters (editor)')
@Controller('editor/newsletters')
@UseInterceptors(VersionEtagInterceptor)
export class EditorNewslettersController {
  constructor(
    private readonly issues: EditorNewslettersService,
    private readonly lists: NewsletterListService,
    private readonly transitions: NewsletterTransitionsService,
  ) {}

  @Get()
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Every issue the user may see, newest number first' })
  @ApiOkResponse({ standardSchema: NewsletterListSchema })
  list(@Query({ schema: EditorListQuerySchema }) query: EditorListQuery, @CurrentUser() user: AuthUser): AnswerOf<typeof NewsletterListSchema> {
    return this.lists.list(user, query);
  }

  @Post('compose')
  @Auth('editor', 'admin')
  @ApiOperation({ summary: 'Draft an issue from the entries published in the period (national → Top News, sub-national by theme, reports → Perspectives)' })
  @ApiCreatedResponse({ standardSchema: NewsletterDetailSchema })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: 'Another issue has the number (newsletter/number_taken)' })
  @ApiUnprocessableEntityResponse({ standardSchema: ErrorSchema, description: INVALID })
  compose(@Body({ schema: ComposeBodySchema }) body: ComposeBody, @CurrentUser() user: AuthUser, @Req() req: Request): AnswerOf<typeof NewsletterDetailSchema> {
    return this.issues.compose(body, user, requestMeta(req));
  }

  @Get(':id')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Working copy, published copy, state, problems, the entries it presents and the actions this user may take (ETag: "<version>")' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: NewsletterDetailSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code newsletter/not_found' })
  get(@Param('id') id: string, @CurrentUser() user: AuthUser): AnswerOf<typeof NewsletterDetailSchema> {
    return this.issues.get(id, user);
  }

  @Put(':id')
  @Auth('editor', 'admin')
  @ApiOperation({ summary: 'Save the whole issue (working copy); a published issue keeps its public copy until the revision is published' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the edit is based on, e.g. "3"' })
  @ApiBody({ schema: openApi(SaveBodyDoc) })
  @ApiOkResponse({ standardSchema: NewsletterDetailSchema })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: STALE })
  @ApiUnprocessableEntityResponse({ standardSchema: ErrorSchema, description: INVALID })
  save(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof NewsletterDetailSchema> {
    return this.issues.update(id, body, ifMatch, user, requestMeta(req));
  }

  @Post(':id/edits')
  @HttpCode(200)
  @Auth('editor', 'admin')
  @ApiOperation({ summary: 'Apply the domain’s edits in order (move, add, remove, edit items; groups; sections; issue fields) to the working copy' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: NewsletterDetailSchema })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: STALE })
  @ApiUnprocessableEntityResponse({ standardSchema: ErrorSchema, description: INVALID })
  edit(
    @Param('id') id: string,
    @Body({ schema: EditsBodySchema }) body: EditsBody,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof NewsletterDetailSchema> {
    return this.issues.edit(id, body, user, requestMeta(req));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({
    summary: 'submit, withdraw, request_changes, approve, publish, unpublish, archive, trash, restore, reopen — the entries’ workflow and four-eyes rule',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: NewsletterDetailSchema })
  @ApiUnprocessableEntityResponse({
    standardSchema: ErrorSchema,
    description: 'review/invalid_transition, review/comment_required, or the issue has problems (newsletter/invalid)',
  })
  transition(
    @Param('id') id: string,
    @Body({ schema: TransitionBodySchema }) body: TransitionBody,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof NewsletterDetailSchema> {
    return this.transitions.apply(id, body, user, requestMeta(req));
  }

  @Get(':id/history')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Workflow history with review comments, newest first' })
  @ApiOkResponse({ standardSchema: NewsletterHistorySchema })
  history(@Param('id') id: string, @CurrentUser() user: AuthUser): AnswerOf<typeof NewsletterHistorySchema> {
    return this.lists.transitions(id, user);
  }

  @Get(':id/revisions')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Saved versions, newest first' })
  @ApiOkResponse({ standardSchema: NewsletterRevisionListSchema })
  revisions(
    @Param('id') id: string,
    @Query({ schema: RevisionsQuerySchema }) query: RevisionsQuery,
    @CurrentUser() user: AuthUser,
  ): AnswerOf<typeof NewsletterRevisionListSchema> {
    return this.lists.revisions(id, query, user);
  }

  @Get(':id/revisions/:version')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'One saved version with its content' })
  @ApiOkResponse({ standardSchema: NewsletterRevisionWithDataSchema })
  revision(
    @Param('id') id: string,
    @Param('version', { schema: VersionParamSchema }) version: number,
    @CurrentUser() user: AuthUser,
  ): AnswerOf<typeof NewsletterRevisionWithDataSchema> {
    return this.lists.revision(id, version, user);
  }
}
