import { HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@dualcarbon/domain';
import type { Response } from 'express';
import { ApiError, AUTH_CSRF_FAILED, AUTH_FORBIDDEN, AUTH_UNAUTHENTICATED } from '../common/errors';
import { AUTH_ROLES_KEY, CSRF_HEADER, SAFE_METHODS } from './auth.constants';
import { AuthCookies } from './cookies';
import type { AuthenticatedRequest } from './current-user.decorator';
import { SessionsService } from './sessions.service';
import { csrfTokenFor, safeEqual } from './tokens';

/**
 * Behind `@Auth(...roles)`: a valid session (401 auth/unauthenticated), on POST/PUT/PATCH/DELETE a
 * CSRF token that matches both the dc_csrf cookie and the session (403 auth/csrf_failed), and at
 * least one of the roles when any are given (403 auth/forbidden).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionsService,
    private readonly reflector: Reflector,
    private readonly cookies: AuthCookies,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const http = ctx.switchToHttp();
    const req = http.getRequest<AuthenticatedRequest>();
    // Responses for signed-in users are private: never store them in any cache.
    http.getResponse<Response>().setHeader('Cache-Control', 'no-store');

    const token = this.cookies.readSession(req);
    const session = await this.sessions.authenticate(token);
    if (!session || !token) throw new ApiError(HttpStatus.UNAUTHORIZED, AUTH_UNAUTHENTICATED, 'Sign in first');

    if (!SAFE_METHODS.has(req.method.toUpperCase())) {
      const header = req.headers[CSRF_HEADER];
      const cookie = this.cookies.readCsrf(req);
      const ok = typeof header === 'string' && cookie !== undefined && safeEqual(header, cookie) && safeEqual(header, csrfTokenFor(token));
      if (!ok) throw new ApiError(HttpStatus.FORBIDDEN, AUTH_CSRF_FAILED, 'Missing or wrong CSRF token (send the dc_csrf cookie value as X-CSRF-Token)');
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(AUTH_ROLES_KEY, [ctx.getHandler(), ctx.getClass()]) ?? [];
    if (roles.length > 0 && !roles.some((r) => session.user.roles.includes(r))) {
      throw new ApiError(HttpStatus.FORBIDDEN, AUTH_FORBIDDEN, `Requires one of the roles: ${roles.join(', ')}`);
    }
    req.user = session.user;
    req.sessionId = session.id;
    return true;
  }
}
