import { ErrorSchema, PublicIssueListSchema, PublicIssueSchema } from '@dualcarbon/domain';
import { applyDecorators, Controller, Get, Header, Inject, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Endpoint, TextAnswer } from '../common/route-decorators';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LangQuerySchema, NumberParamSchema, PublicListQuerySchema, type LangQuery, type PublicListQuery } from './newsletter.schemas';
import { PublicNewslettersService } from './public-newsletters.service';

/** A route of one published issue, by its number. */
const ByNumber = () =>
  applyDecorators(
    ApiParam({ name: 'number', example: 1 }),
    ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'No published issue has this number (code newsletter/not_found)' }),
  );

/** A published issue rendered as `mediaType` rather than JSON. */
const IssueAs = (mediaType: string, summary: string, answer: string) =>
  applyDecorators(ApiOperation({ summary }), TextAnswer(mediaType, answer, true), ByNumber());

@ApiTags('newsletters')
@Controller('newsletters')
export class PublicNewslettersController {
  constructor(
    private readonly newsletters: PublicNewslettersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Endpoint({ summary: 'Published issues, newest first (items whose entry is not published are left out)', answer: PublicIssueListSchema })
  list(@Query({ schema: PublicListQuerySchema }) query: PublicListQuery) {
    return this.newsletters.list(query);
  }

  @Get(':number.md')
  @IssueAs('text/markdown', 'A published issue as Markdown', 'The issue in Markdown')
  markdown(@Param('number', { schema: NumberParamSchema }) n: number, @Query({ schema: LangQuerySchema }) q: LangQuery) {
    return this.newsletters.markdown(n, q.lang, this.config.app.siteUrl);
  }

  @Get(':number/email.html')
  @IssueAs('text/html', 'A published issue as the HTML e-mail subscribers get (preview)', 'The issue as a self-contained HTML e-mail')
  emailHtml(@Param('number', { schema: NumberParamSchema }) n: number, @Query({ schema: LangQuerySchema }) q: LangQuery) {
    return this.newsletters.emailHtml(n, q.lang, this.config.app.siteUrl);
  }

  @Get(':number')
  @Endpoint({ summary: 'A published issue with its items’ entry titles and slugs (only published entries)', answer: PublicIssueSchema })
  @ByNumber()
  get(@Param('number', { schema: NumberParamSchema }) n: number) {
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
