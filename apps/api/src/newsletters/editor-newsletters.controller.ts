import {
  NewsletterDetailSchema,
  NewsletterHistorySchema,
  NewsletterRevisionListSchema,
  NewsletterRevisionWithDataSchema,
  NewsletterListSchema,
} from '@dualcarbon/domain';
import { Body, Controller, Get, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestMeta } from '../audit/request-meta';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { AuditMeta, AuthoringRoute, EditorialRoute, IdParam, IfMatch } from '../common/route-decorators';
import { TransitionBodySchema, type TransitionBody } from '../editor/editor.schemas';
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
  @EditorialRoute({ summary: 'Every issue the user may see, newest number first', answer: NewsletterListSchema })
  list(@Query({ schema: EditorListQuerySchema }) query: EditorListQuery, @CurrentUser() user: AuthUser) {
    return this.lists.list(user, query);
  }

  @Post('compose')
  @AuthoringRoute({
    summary: 'Draft an issue from the entries published in the period (national → Top News, sub-national by theme, reports → Perspectives)',
    answer: NewsletterDetailSchema,
    status: 201,
    errors: { 409: 'Another issue has the number (newsletter/number_taken)', 422: INVALID },
  })
  compose(@Body({ schema: ComposeBodySchema }) body: ComposeBody, @CurrentUser() user: AuthUser, @AuditMeta() meta: RequestMeta) {
    return this.issues.compose(body, user, meta);
  }

  @Get(':id')
  @EditorialRoute({
    summary: 'Working copy, published copy, state, problems, the entries it presents and the actions this user may take (ETag: "<version>")',
    answer: NewsletterDetailSchema,
    errors: { 404: 'code newsletter/not_found' },
  })
  get(@IdParam() id: string, @CurrentUser() user: AuthUser) {
    return this.issues.get(id, user);
  }

  @Put(':id')
  @AuthoringRoute({
    summary: 'Save the whole issue (working copy); a published issue keeps its public copy until the revision is published',
    body: SaveBodyDoc,
    answer: NewsletterDetailSchema,
    errors: { 409: STALE, 422: INVALID },
  })
  save(@IdParam() id: string, @IfMatch() ifMatch: string | undefined, @Body() body: unknown, @CurrentUser() user: AuthUser, @AuditMeta() meta: RequestMeta) {
    return this.issues.update(id, body, ifMatch, user, meta);
  }

  @Post(':id/edits')
  @AuthoringRoute({
    summary: 'Apply the domain’s edits in order (move, add, remove, edit items; groups; sections; issue fields) to the working copy',
    answer: NewsletterDetailSchema,
    errors: { 409: STALE, 422: INVALID },
  })
  edit(@IdParam() id: string, @Body({ schema: EditsBodySchema }) body: EditsBody, @CurrentUser() user: AuthUser, @AuditMeta() meta: RequestMeta) {
    return this.issues.edit(id, body, user, meta);
  }

  @Post(':id/transitions')
  @EditorialRoute({
    summary: 'submit, withdraw, request_changes, approve, publish, unpublish, archive, trash, restore, reopen — the entries’ workflow and four-eyes rule',
    answer: NewsletterDetailSchema,
    errors: { 422: 'review/invalid_transition, review/comment_required, or the issue has problems (newsletter/invalid)' },
  })
  transition(
    @IdParam() id: string,
    @Body({ schema: TransitionBodySchema }) body: TransitionBody,
    @CurrentUser() user: AuthUser,
    @AuditMeta() meta: RequestMeta,
  ) {
    return this.transitions.apply(id, body, user, meta);
  }

  @Get(':id/history')
  @EditorialRoute({ summary: 'Workflow history with review comments, newest first', answer: NewsletterHistorySchema })
  history(@IdParam() id: string, @CurrentUser() user: AuthUser) {
    return this.lists.transitions(id, user);
  }

  @Get(':id/revisions')
  @EditorialRoute({ summary: 'Saved versions, newest first', answer: NewsletterRevisionListSchema })
  revisions(@IdParam() id: string, @Query({ schema: RevisionsQuerySchema }) query: RevisionsQuery, @CurrentUser() user: AuthUser) {
    return this.lists.revisions(id, query, user);
  }

  @Get(':id/revisions/:version')
  @EditorialRoute({ summary: 'One saved version with its content', answer: NewsletterRevisionWithDataSchema })
  revision(@IdParam() id: string, @Param('version', { schema: VersionParamSchema }) version: number, @CurrentUser() user: AuthUser) {
    return this.lists.revision(id, version, user);
  }
}
