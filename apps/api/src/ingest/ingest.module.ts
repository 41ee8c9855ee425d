import { Module } from '@nestjs/common';
import { EntryFilesModule } from '../entry-files/entry-files.module';
import { IngestController } from './ingest.controller';
import { IngestService } from './ingest.service';

/** POST /api/editor/ingest: a document read into a suggested draft (nothing saved). */
@Module({ imports: [EntryFilesModule], controllers: [IngestController], providers: [IngestService] })
export class IngestModule {}
