import { Module } from '@nestjs/common';
import { EditorModule } from '../editor/editor.module';
import { RevisionsController } from './revisions.controller';
import { RevisionsService } from './revisions.service';

/** Every saved state of an entry: history, field diff, restore. */
@Module({ imports: [EditorModule], controllers: [RevisionsController], providers: [RevisionsService] })
export class RevisionsModule {}
