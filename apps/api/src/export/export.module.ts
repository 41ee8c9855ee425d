import { Module } from '@nestjs/common';
import { QueryVocabularyModule } from '../taxonomy/query-vocabulary.module';
import { TargetsModule } from '../targets/targets.module';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';
import { TargetExportService } from './target-export.service';

@Module({ imports: [QueryVocabularyModule, TargetsModule], controllers: [ExportController], providers: [ExportService, TargetExportService] })
export class ExportModule {}
