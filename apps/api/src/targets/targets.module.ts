import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { TargetsController } from './targets.controller';
import { TargetsService } from './targets.service';

@Module({ imports: [RegionsModule], controllers: [TargetsController], providers: [TargetsService], exports: [TargetsService] })
export class TargetsModule {}
