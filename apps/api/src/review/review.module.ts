import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { EditorModule } from '../editor/editor.module';
import { CommentsService } from './comments.service';
import { ReviewController } from './review.controller';
import { TransitionsService } from './transitions.service';

/** Workflow transitions and review comments on editorial entries. */
@Module({ imports: [EditorModule, ActivityModule], controllers: [ReviewController], providers: [TransitionsService, CommentsService] })
export class ReviewModule {}
