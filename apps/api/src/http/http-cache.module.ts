import { Global, Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CoalesceWritesMiddleware } from './coalesce-writes.middleware';
import { CorsMiddleware } from './cors.middleware';
import { DataVersionService } from './data-version.service';
import { HttpCacheMiddleware } from './http-cache.middleware';

/**
 * CORS, HTTP caching and write coalescing (for compression) on every route under /api (see
 * public-routes.ts for which rules apply where), and the data version that Last-Modified and
 * in-process caches are keyed on.
 */
@Global()
@Module({ providers: [DataVersionService], exports: [DataVersionService] })
export class HttpCacheModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(CorsMiddleware, HttpCacheMiddleware, CoalesceWritesMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
