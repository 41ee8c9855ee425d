import { Module } from '@nestjs/common';
import { EditorModule } from '../editor/editor.module';
import { TaxonomyChanges } from './taxonomy-changes';
import { TaxonomyMergeService } from './taxonomy-merge.service';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyService } from './taxonomy.service';

/** Admins' taxonomy maintenance under /api/admin/taxonomies. */
@Module({ imports: [EditorModule], controllers: [TaxonomyController], providers: [TaxonomyChanges, TaxonomyService, TaxonomyMergeService] })
export class TaxonomyModule {}
