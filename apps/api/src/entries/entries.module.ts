import { Module } from '@nestjs/common';
import { QueryVocabularyModule } from '../taxonomy/query-vocabulary.module';
import { EntriesController } from './entries.controller';
import { EntriesService } from './entries.service';
import { ImplementationService } from './implementation.service';

@Module({ imports: [QueryVocabularyModule], controllers: [EntriesController], providers: [EntriesService, ImplementationService], exports: [EntriesService] })
export class EntriesModule {}
