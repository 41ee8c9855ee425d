import { Module } from '@nestjs/common';
import { EditorModule } from '../editor/editor.module';
import { ImportController } from './import.controller';
import { ImportRunner } from './import-runner';
import { ImportService } from './import.service';

/** CSV/JSON import of entries as drafts, with a progress-tracked job. */
@Module({ imports: [EditorModule], controllers: [ImportController], providers: [ImportService, ImportRunner] })
export class ImportModule {}
