import { Module } from '@nestjs/common';
import { EntryFilesModule } from '../entry-files/entry-files.module';
import { ImportModule } from '../import/import.module';
import { IngestModule } from '../ingest/ingest.module';
import { ReviewModule } from '../review/review.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { EditorModule } from './editor.module';

/** The editorial CMS API: entries, review, revisions, taxonomy administration, import, document ingestion, source files. */
@Module({ imports: [EditorModule, ReviewModule, RevisionsModule, TaxonomyModule, ImportModule, IngestModule, EntryFilesModule] })
export class EditorialModule {}
