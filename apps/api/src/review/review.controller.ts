import type { AnswerOf } from '../http/answer';
import { CommentListSchema, CommentSchema, EntryDetailSchema, ErrorSchema } from '@dualcarbon/domain';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
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
  @HttpCode(200)
  @UseInterceptors(VersionEtagInterceptor)
  @ApiOperation({
    summary:
      'Move the entry (or its working revision) through the workflow: submit, withdraw, request_changes, approve, publish, unpublish, archive, trash, restore, reopen',
    description: 'Decided by the domain’s decideTransition. request_changes needs a comment; any comment given is kept as a review comment.',
  })
  @ApiOkResponse({ standardSchema: EntryDetailSchema })
  @ApiForbiddenResponse({
    standardSchema: ErrorSchema,
    description: 'Not allowed for this user (review/forbidden) or approving own work (review/self_approval)',
  })
  @ApiUnprocessableEntityResponse({
    standardSchema: ErrorSchema,
    description: 'Not possible from the current state (review/invalid_transition) or comment missing (review/comment_required)',
  })
  @ApiConflictResponse({
    standardSchema: ErrorSchema,
    description: 'A version was given and is stale (entry/stale_version), or publishing a slug another entry took (entry/slug_taken)',
  })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code entry/not_found' })
  transition(
    @Param('id') id: string,
    @Body({ schema: TransitionBodySchema }) body: TransitionBody,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof EntryDetailSchema> {
    return this.transitions.apply(id, body, user, requestMeta(req));
  }

  @Get('comments')
  @ApiOperation({ summary: 'Review comments, oldest first (with the workflow action they came with, if any)' })
  @ApiOkResponse({ standardSchema: CommentListSchema })
  listComments(
    @Param('id') id: string,
    @Query({ schema: CommentListQuerySchema }) query: CommentListQuery,
    @CurrentUser() user: AuthUser,
  ): AnswerOf<typeof CommentListSchema> {
    return this.comments.list(id, query, user);
  }

  @Post('comments')
  @ApiOperation({ summary: 'Comment on the whole entry or on one field (field: "title.en", "targets.0.value")' })
  @ApiCreatedResponse({ standardSchema: CommentSchema })
  addComment(
    @Param('id') id: string,
    @Body({ schema: CommentBodySchema }) body: CommentBody,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof CommentSchema> {
    return this.comments.add(id, body, user, requestMeta(req));
  }

  @Post('comments/:commentId/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a comment as resolved' })
  @ApiOkResponse({ standardSchema: CommentSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code comment/not_found or entry/not_found' })
  resolveComment(
    @Param('id') id: string,
    @Param('commentId') commentId: string,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof CommentSchema> {
    return this.comments.resolve(id, commentId, user, requestMeta(req));
  }
}
