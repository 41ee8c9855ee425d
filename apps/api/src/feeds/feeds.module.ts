import { Module } from '@nestjs/common';
import { QueryVocabularyModule } from '../taxonomy/query-vocabulary.module';
import { FeedsController } from './feeds.controller';
import { FeedsService } from './feeds.service';

@Module({ imports: [QueryVocabularyModule], controllers: [FeedsController], providers: [FeedsService] })
export class FeedsModule {}
