import { Module } from '@nestjs/common';
import { QueryVocabularyModule } from '../taxonomy/query-vocabulary.module';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({ imports: [QueryVocabularyModule], controllers: [StatsController], providers: [StatsService] })
export class StatsModule {}
