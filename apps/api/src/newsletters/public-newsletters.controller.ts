import type { AnswerOf } from '../http/answer';
import { ErrorSchema, PublicIssueListSchema, PublicIssueSchema } from '@dualcarbon/domain';
import { Controller, Get, Header, Inject, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LangQuerySchema, NumberParamSchema, PublicListQuerySchema, type LangQuery, type PublicListQuery } from './newsletter.schemas';
import { PublicNewslettersService } from './public-newsletters.service';

const NOT_FOUND = 'No published issue has this number (code newsletter/not_found)';

@ApiTags('newsletters')
@Controller('newsletters')
export class PublicNewslettersController {
  constructor(
    private readonly newsletters: PublicNewslettersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Published issues, newest first (items whose entry is not published are left out)' })
  @ApiOkResponse({ standardSchema: PublicIssueListSchema })
  list(@Query({ schema: PublicListQuerySchema }) query: PublicListQuery): AnswerOf<typeof PublicIssueListSchema> {
    return this.newsletters.list(query);
  }

  @Get(':number.md')
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  @ApiOperation({ summary: 'A published issue as Markdown' })
  @ApiParam({ name: 'number', example: 1 })
  @ApiProduces('text/markdown')
  @ApiOkResponse({ description: 'The issue in Markdown', content: { 'text/markdown': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: NOT_FOUND })
  markdown(@Param('number', { schema: NumberParamSchema }) n: number, @Query({ schema: LangQuerySchema }) q: LangQuery) {
    return this.newsletters.markdown(n, q.lang, this.config.app.siteUrl);
  }

  @Get(':number/email.html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'A published issue as the HTML e-mail subscribers get (preview)' })
  @ApiParam({ name: 'number', example: 1 })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The issue as a self-contained HTML e-mail', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: NOT_FOUND })
  emailHtml(@Param('number', { schema: NumberParamSchema }) n: number, @Query({ schema: LangQuerySchema }) q: LangQuery) {
    return this.newsletters.emailHtml(n, q.lang, this.config.app.siteUrl);
  }

  @Get(':number')
  @ApiOperation({ summary: 'A published issue with its items’ entry titles and slugs (only published entries)' })
  @ApiParam({ name: 'number', example: 1 })
  @ApiOkResponse({ standardSchema: PublicIssueSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: NOT_FOUND })
  get(@Param('number', { schema: NumberParamSchema }) n: number): AnswerOf<typeof PublicIssueSchema> {
    return this.newsletters.get(n);
  }
}

@ApiTags('newsletters')
@Controller('feeds')
export class NewsletterFeedController {
  constructor(
    private readonly newsletters: PublicNewslettersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('newsletters.atom')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @ApiOperation({ summary: 'Atom feed of published issues, newest first (?lang=zh for Chinese)' })
  @ApiProduces('application/atom+xml')
  feed(@Query({ schema: LangQuerySchema }) q: LangQuery) {
    return this.newsletters.feed(q.lang, this.config.app.siteUrl);
  }
}
