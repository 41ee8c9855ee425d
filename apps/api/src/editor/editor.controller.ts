import type { AnswerOf } from '../http/answer';
import { Body, Controller, Get, Headers, Param, Post, Put, Query, Req, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPreconditionRequiredResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DashboardSchema, EntryDetailSchema, EntryInputSchema, EntryListSchema, ErrorSchema, StaleVersionSchema } from '@dualcarbon/domain';
import type { Request } from 'express';
import { requestMeta } from '../audit/request-meta';
import { Auth } from '../auth/auth.decorator';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { EditorEntriesService } from './editor-entries.service';
import { EditorListService } from './editor-list.service';
import { EditorListQuerySchema, openApi, SaveBodyDoc, SaveQuerySchema, type EditorListQuery, type SaveQuery } from './editor.schemas';
import { VersionEtagInterceptor } from './version-etag.interceptor';

const INVALID =
  'Well-formed but breaks a domain rule, e.g. an unknown code or a level that does not fit the place (code entry/invalid, issues [{path, code, message}] with the domain’s codes)';
const MALFORMED =
  'The entry schema refused the body, e.g. a missing field or a value on a peak or "as assigned" target (code entry/invalid, issues [{path, code: "schema/…", message}])';

@ApiTags('editor')
@Controller('editor')
@UseInterceptors(VersionEtagInterceptor)
export class EditorController {
  constructor(
    private readonly entries: EditorEntriesService,
    private readonly lists: EditorListService,
  ) {}

  @Get('dashboard')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'CMS home: my drafts, returned with changes requested, review queue, ready to publish, recently published, counts' })
  @ApiOkResponse({ standardSchema: DashboardSchema })
  dashboard(@CurrentUser() user: AuthUser): AnswerOf<typeof DashboardSchema> {
    return this.lists.dashboard(user);
  }

  @Get('entries')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Every entry the user may see, drafts included, most recently updated first' })
  @ApiOkResponse({ standardSchema: EntryListSchema })
  list(@Query({ schema: EditorListQuerySchema }) query: EditorListQuery, @CurrentUser() user: AuthUser): AnswerOf<typeof EntryListSchema> {
    return this.lists.list(user, query);
  }

  @Post('entries')
  @Auth('editor', 'admin')
  @ApiOperation({ summary: 'Create a draft authored by the current user' })
  @ApiBody({ schema: openApi(EntryInputSchema) })
  @ApiCreatedResponse({ standardSchema: EntryDetailSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: MALFORMED })
  @ApiUnprocessableEntityResponse({ standardSchema: ErrorSchema, description: INVALID })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: 'Another entry uses the slug (code entry/slug_taken)' })
  create(@Body() body: unknown, @CurrentUser() user: AuthUser, @Req() req: Request): AnswerOf<typeof EntryDetailSchema> {
    return this.entries.create(body, user, requestMeta(req));
  }

  @Get('entries/:id')
  @Auth('editor', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Working copy, published copy, workflow state and the actions this user may take (ETag: "<version>")' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: EntryDetailSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'No such entry, or trashed by someone else (code entry/not_found)' })
  get(@Param('id') id: string, @CurrentUser() user: AuthUser): AnswerOf<typeof EntryDetailSchema> {
    return this.entries.get(id, user);
  }

  @Put('entries/:id')
  @Auth('editor', 'admin')
  @ApiOperation({
    summary: 'Save the working copy (also autosave); a published entry keeps its public copy until the revision is published',
    description: 'Send the version the edit is based on as If-Match: "<version>" or a version field. Body: {version, data} or the entry’s fields.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the edit is based on, e.g. "3"' })
  @ApiBody({ schema: openApi(SaveBodyDoc) })
  @ApiOkResponse({ standardSchema: EntryDetailSchema })
  @ApiConflictResponse({
    standardSchema: StaleVersionSchema,
    description: 'Saved by someone else meanwhile (entry/stale_version, with current), slug taken, or not editable in its state (entry/not_editable)',
  })
  @ApiPreconditionRequiredResponse({ standardSchema: ErrorSchema, description: 'No version given (code entry/version_required)' })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: MALFORMED })
  @ApiUnprocessableEntityResponse({ standardSchema: ErrorSchema, description: INVALID })
  save(
    @Param('id') id: string,
    @Query({ schema: SaveQuerySchema }) query: SaveQuery,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): AnswerOf<typeof EntryDetailSchema> {
    return this.entries.update(id, body, ifMatch, query, user, requestMeta(req));
  }
}
