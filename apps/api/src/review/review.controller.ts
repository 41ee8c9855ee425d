import { CommentListSchema, CommentSchema, EntryDetailSchema } from '@dualcarbon/domain';
import { Body, Controller, Get, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { RequestMeta } from '../audit/request-meta';
import { Auth } from '../auth/auth.decorator';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { AuditMeta, Endpoint } from '../common/route-decorators';
import {
  CommentBodySchema,
  CommentListQuerySchema,
  TransitionBodySchema,
  type CommentBody,
  type CommentListQuery,
  type TransitionBody,
} from '../editor/editor.schemas';
import { VersionEtagInterceptor } from '../editor/version-etag.interceptor';
import { CommentsService } from './comments.service';
import { TransitionsService } from './transitions.service';

@ApiTags('review')
@Controller('editor/entries/:id')
@ApiParam({ name: 'id', format: 'uuid' })
@Auth('editor', 'reviewer', 'admin')
export class ReviewController {
  constructor(
    private readonly transitions: TransitionsService,
    private readonly comments: CommentsService,
  ) {}

  @Post('transitions')
  @UseInterceptors(VersionEtagInterceptor)
  @Endpoint({
    summary:
      'Move the entry (or its working revision) through the workflow: submit, withdraw, request_changes, approve, publish, unpublish, archive, trash, restore, reopen',
    description: 'Decided by the domain’s decideTransition. request_changes needs a comment; any comment given is kept as a review comment.',
    answer: EntryDetailSchema,
    errors: {
      403: 'Not allowed for this user (review/forbidden) or approving own work (review/self_approval)',
      422: 'Not possible from the current state (review/invalid_transition) or comment missing (review/comment_required)',
      409: 'A version was given and is stale (entry/stale_version), or publishing a slug another entry took (entry/slug_taken)',
      404: 'code entry/not_found',
    },
  })
  transition(
    @Param('id') id: string,
    @Body({ schema: TransitionBodySchema }) body: TransitionBody,
    @CurrentUser() user: AuthUser,
    @AuditMeta() meta: RequestMeta,
  ) {
    return this.transitions.apply(id, body, user, meta);
  }

  @Get('comments')
  @Endpoint({ summary: 'Review comments, oldest first (with the workflow action they came with, if any)', answer: CommentListSchema })
  listComments(@Param('id') id: string, @Query({ schema: CommentListQuerySchema }) query: CommentListQuery, @CurrentUser() user: AuthUser) {
    return this.comments.list(id, query, user);
  }

  @Post('comments')
  @Endpoint({ summary: 'Comment on the whole entry or on one field (field: "title.en", "targets.0.value")', answer: CommentSchema, status: 201 })
  addComment(@Param('id') id: string, @Body({ schema: CommentBodySchema }) body: CommentBody, @CurrentUser() user: AuthUser, @AuditMeta() meta: RequestMeta) {
    return this.comments.add(id, body, user, meta);
  }

  @Post('comments/:commentId/resolve')
  @Endpoint({ summary: 'Mark a comment as resolved', answer: CommentSchema, errors: { 404: 'code comment/not_found or entry/not_found' } })
  resolveComment(@Param('id') id: string, @Param('commentId') commentId: string, @CurrentUser() user: AuthUser, @AuditMeta() meta: RequestMeta) {
    return this.comments.resolve(id, commentId, user, meta);
  }
}
