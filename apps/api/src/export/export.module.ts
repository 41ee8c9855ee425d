import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { QueryVocabularyModule } from '../taxonomy/query-vocabulary.module';
import { TargetsModule } from '../targets/targets.module';
import { ExportController } from './export.controller';
import { ExportGate } from './export-gate';
import { ExportSender } from './export-sender';
import { ExportService } from './export.service';
import { TargetExportService } from './target-export.service';

@Module({
  imports: [QueryVocabularyModule, TargetsModule],
  controllers: [ExportController],
  // One gate for every kind of export: the limits are per process, whatever is downloaded.
  providers: [
    ExportService,
    TargetExportService,
    ExportSender,
    { provide: ExportGate, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new ExportGate(config.export) },
  ],
})
export class ExportModule {}
