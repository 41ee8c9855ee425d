import { Module } from '@nestjs/common';
import { EditorNewslettersController } from './editor-newsletters.controller';
import { EditorNewslettersService } from './editor-newsletters.service';
import { NewsletterListService } from './newsletter-list.service';
import { NewsletterTransitionsService } from './newsletter-transitions.service';
import { NewsletterFeedController, PublicNewslettersController } from './public-newsletters.controller';
import { PublicNewslettersService } from './public-newsletters.service';

/** Newsletter issues: compose, edit and review in the CMS; published issues as JSON, Markdown, e-mail HTML and Atom. */
@Module({
  controllers: [EditorNewslettersController, PublicNewslettersController, NewsletterFeedController],
  providers: [EditorNewslettersService, NewsletterListService, NewsletterTransitionsService, PublicNewslettersService],
  exports: [EditorNewslettersService, PublicNewslettersService],
})
export class NewslettersModule {}
