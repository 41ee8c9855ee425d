import { Body, Controller, Get, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DashboardSchema, EntryDetailSchema, EntryInputSchema, EntryListSchema, StaleVersionSchema } from '@dualcarbon/domain';
import type { RequestMeta } from '../audit/request-meta';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { AuditMeta, AuthoringRoute, EditorialRoute, IdParam, IfMatch } from '../common/route-decorators';
import { EditorEntriesService } from './editor-entries.service';
import { EditorListService } from './editor-list.service';
import { EditorListQuerySchema, SaveBodyDoc, SaveQuerySchema, type EditorListQuery, type SaveQuery } from './editor.schemas';
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
  @EditorialRoute({
    summary: 'CMS home: my drafts, returned with changes requested, review queue, ready to publish, recently published, counts',
    answer: DashboardSchema,
  })
  dashboard(@CurrentUser() user: AuthUser) {
    return this.lists.dashboard(user);
  }

  @Get('entries')
  @EditorialRoute({ summary: 'Every entry the user may see, drafts included, most recently updated first', answer: EntryListSchema })
  list(@Query({ schema: EditorListQuerySchema }) query: EditorListQuery, @CurrentUser() user: AuthUser) {
    return this.lists.list(user, query);
  }

  @Post('entries')
  @AuthoringRoute({
    summary: 'Create a draft authored by the current user',
    body: EntryInputSchema,
    answer: EntryDetailSchema,
    status: 201,
    errors: { 400: MALFORMED, 422: INVALID, 409: 'Another entry uses the slug (code entry/slug_taken)' },
  })
  create(@Body() body: unknown, @CurrentUser() user: AuthUser, @AuditMeta() meta: RequestMeta) {
    return this.entries.create(body, user, meta);
  }

  @Get('entries/:id')
  @EditorialRoute({
    summary: 'Working copy, published copy, workflow state and the actions this user may take (ETag: "<version>")',
    answer: EntryDetailSchema,
    errors: { 404: 'No such entry, or trashed by someone else (code entry/not_found)' },
  })
  get(@IdParam() id: string, @CurrentUser() user: AuthUser) {
    return this.entries.get(id, user);
  }

  @Put('entries/:id')
  @AuthoringRoute({
    summary: 'Save the working copy (also autosave); a published entry keeps its public copy until the revision is published',
    description: 'Send the version the edit is based on as If-Match: "<version>" or a version field. Body: {version, data} or the entry’s fields.',
    body: SaveBodyDoc,
    answer: EntryDetailSchema,
    errors: {
      409: {
        standardSchema: StaleVersionSchema,
        description: 'Saved by someone else meanwhile (entry/stale_version, with current), slug taken, or not editable in its state (entry/not_editable)',
      },
      428: 'No version given (code entry/version_required)',
      400: MALFORMED,
      422: INVALID,
    },
  })
  save(
    @IdParam() id: string,
    @Query({ schema: SaveQuerySchema }) query: SaveQuery,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
    @AuditMeta() meta: RequestMeta,
  ) {
    return this.entries.update(id, body, ifMatch, query, user, meta);
  }
}
