import { createParamDecorator, HttpStatus, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@dualcarbon/domain';
import type { Request } from 'express';
import { ApiError, AUTH_UNAUTHENTICATED } from '../common/errors';

/** The signed-in user, as loaded from the database on every request (role changes apply at once). */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

/** What SessionGuard attaches to the request. */
export interface AuthenticatedRequest extends Request {
  user?: AuthUser;
  sessionId?: string;
}

/**
 * `@CurrentUser() user: AuthUser` on a route guarded by `@Auth(...)`. On a route without `@Auth`
 * it throws 401 rather than hand back undefined.
 */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new ApiError(HttpStatus.UNAUTHORIZED, AUTH_UNAUTHENTICATED, 'Sign in first');
  return user;
});
