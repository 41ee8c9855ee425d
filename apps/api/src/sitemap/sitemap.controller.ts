import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorSchema } from '@dualcarbon/domain';
import { TextAnswer } from '../common/route-decorators';
import { RequestOrigin } from './request-origin';
import { SitemapService } from './sitemap.service';

/** Served at the site's root (outside the /api prefix, see app.factory.ts), where crawlers look. */
@ApiTags('sitemap')
@Controller()
export class SitemapController {
  constructor(private readonly sitemap: SitemapService) {}

  @Get('sitemap.xml')
  @ApiOperation({ summary: 'Sitemap index: the portal pages, and every published entry, region and briefing in /en and /zh' })
  @TextAnswer('application/xml', 'A sitemap index (XML)')
  index(@RequestOrigin() origin: string) {
    return this.sitemap.index(origin);
  }

  @Get('sitemaps/:file')
  @ApiOperation({ summary: 'One sitemap of the index (pages.xml, entries-1.xml, regions-1.xml, briefings-1.xml, …)' })
  @TextAnswer('application/xml', 'A sitemap (XML urlset with hreflang alternates)')
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'No such sitemap (code route/not_found)' })
  file(@Param('file') file: string, @RequestOrigin() origin: string) {
    return this.sitemap.file(file, origin);
  }

  @Get('robots.txt')
  @ApiOperation({ summary: 'Crawling rules: the portal yes, the CMS and the API no (Atom feeds excepted); where the sitemap is' })
  @TextAnswer('text/plain', 'robots.txt')
  robots(@RequestOrigin() origin: string) {
    return this.sitemap.robots(origin);
  }
}
