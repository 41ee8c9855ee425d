import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConfigModule } from './config/config.module';
import { UsersModule } from './users/users.module';
import { DatabaseModule } from './database/database.module';
import { EditorialModule } from './editor/editorial.module';
import { EntriesModule } from './entries/entries.module';
import { HealthModule } from './health/health.module';
import { BodyTypeGuard } from './http/body-types';
import { HttpCacheModule } from './http/http-cache.module';
import { RegionsModule } from './regions/regions.module';
import { TargetsModule } from './targets/targets.module';
import { LoggingModule } from './logging/logging.module';
import { SeedModule } from './seed/seed.module';
import { SearchModule } from './search/search.module';
import { StatsModule } from './stats/stats.module';
import { ExportModule } from './export/export.module';
import { FeedsModule } from './feeds/feeds.module';
import { SitemapModule } from './sitemap/sitemap.module';
import { MailModule } from './mail/mail.module';
import { NewslettersModule } from './newsletters/newsletters.module';
import { ObservabilityModule } from './observability/observability.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { PublicTaxonomiesModule } from './taxonomy/public-taxonomies.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(databaseUrl, logger, config.database.readUrl),
        HealthModule,
        ObservabilityModule,
        EntriesModule,
        SearchModule,
        StatsModule,
        ExportModule,
        FeedsModule,
        SitemapModule,
        HttpCacheModule,
        RegionsModule,
        PublicTaxonomiesModule,
        TargetsModule,
        SeedModule,
        AuditModule,
        AuthModule,
        UsersModule,
        EditorialModule,
        MailModule,
        NewslettersModule,
        SubscriptionsModule,
      ],
      // JSON bodies only, unless a route says otherwise (@AcceptsBody).
      providers: [{ provide: APP_GUARD, useClass: BodyTypeGuard }],
    };
  }
}
