import { Module } from '@nestjs/common';
import { EditorEntriesService } from './editor-entries.service';
import { EditorListService } from './editor-list.service';
import { EditorController } from './editor.controller';
import { EntryValidationService } from './entry-validation.service';

/** Editorial entries in the CMS: create, list, dashboard, read, save (src/review, src/revisions build on it). */
@Module({
  controllers: [EditorController],
  providers: [EditorEntriesService, EditorListService, EntryValidationService],
  exports: [EditorEntriesService, EntryValidationService],
})
export class EditorModule {}
