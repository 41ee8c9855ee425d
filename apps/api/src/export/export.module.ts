import { Module } from '@nestjs/common';
import { QueryVocabularyModule } from '../taxonomy/query-vocabulary.module';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

@Module({ imports: [QueryVocabularyModule], controllers: [ExportController], providers: [ExportService] })
export class ExportModule {}
