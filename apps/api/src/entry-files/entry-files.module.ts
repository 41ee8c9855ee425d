import { Module } from '@nestjs/common';
import { EditorModule } from '../editor/editor.module';
import { EntryFilesController } from './entry-files.controller';
import { EntryFilesService } from './entry-files.service';

/** Entry source files: uploads, and each entry's files listed and downloaded (editorial only). */
@Module({ imports: [EditorModule], controllers: [EntryFilesController], providers: [EntryFilesService], exports: [EntryFilesService] })
export class EntryFilesModule {}
