import { Module } from '@nestjs/common';
import { QueryVocabularyService } from './query-vocabulary.service';

/** The public entry filters' vocabulary; modules whose routes use `@SearchQuery()`/`@FilterQuery()` import it. */
@Module({ providers: [QueryVocabularyService], exports: [QueryVocabularyService] })
export class QueryVocabularyModule {}
