import { Global, Inject, Module, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthCookies } from './cookies';
import { LoginLimiter } from './login-limiter';
import { PasswordLinks } from './password-links';
import { Passwords } from './passwords';
import { SessionGuard } from './session.guard';
import { SessionsService } from './sessions.service';

/** Credentials and session state must never be cached, including error responses. */
function noStore(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * Sessions, login and the @Auth() guard. Global, so any feature module can put `@Auth(...)` on its
 * routes without importing this module.
 */
@Global()
@Module({
  controllers: [AuthController],
  providers: [
    SessionsService,
    LoginLimiter,
    AuthService,
    PasswordLinks,
    SessionGuard,
    { provide: Passwords, useFactory: (config: AppConfig) => new Passwords(config.auth.argon2), inject: [APP_CONFIG] },
    { provide: AuthCookies, useFactory: (c: AppConfig) => new AuthCookies(c.auth.secureCookies, c.auth.sessionMaxHours * 3_600_000), inject: [APP_CONFIG] },
  ],
  exports: [SessionsService, SessionGuard, Passwords, AuthCookies, PasswordLinks],
})
export class AuthModule implements NestModule, OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(noStore).forRoutes(AuthController);
  }

  /** X-Forwarded-For is believed only when TRUST_PROXY says which proxies to believe; otherwise req.ip is the socket's address. */
  onModuleInit() {
    const instance = this.adapterHost.httpAdapter?.getInstance?.() as { set?: (k: string, v: unknown) => void } | undefined;
    instance?.set?.('trust proxy', this.config.auth.trustProxy);
  }
}
