import { ErrorSchema } from '@dualcarbon/domain';
import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@dualcarbon/domain';
import { AUTH_ROLES_KEY, SESSION_SECURITY } from './auth.constants';
import { SessionGuard } from './session.guard';

/**
 * Requires a signed-in user; on state-changing methods also the CSRF token; with roles, at least
 * one of them (no hierarchy: an admin passes `@Auth('editor')` only if also an editor, so write
 * `@Auth('editor', 'admin')`). Responses get `Cache-Control: no-store`. Use on a method or a controller.
 *
 * - 401 `{code: 'auth/unauthenticated'}`: no, expired or revoked session, or the user was deactivated.
 * - 403 `{code: 'auth/csrf_failed'}`: POST/PUT/PATCH/DELETE without a matching X-CSRF-Token header.
 * - 403 `{code: 'auth/forbidden'}`: none of the required roles.
 */
export function Auth(...roles: Role[]) {
  return applyDecorators(
    SetMetadata(AUTH_ROLES_KEY, roles),
    UseGuards(SessionGuard),
    ApiCookieAuth(SESSION_SECURITY),
    ApiHeader({
      name: 'X-CSRF-Token',
      required: false,
      description: 'Required on POST/PUT/PATCH/DELETE: the value of the dc_csrf cookie (also returned by GET /api/auth/session)',
    }),
    ApiUnauthorizedResponse({ standardSchema: ErrorSchema, description: 'Not signed in (code auth/unauthenticated)' }),
    ApiForbiddenResponse({
      standardSchema: ErrorSchema,
      description: roles.length
        ? `Requires one of: ${roles.join(', ')} (code auth/forbidden), or the CSRF token is missing (code auth/csrf_failed)`
        : 'The CSRF token is missing or wrong (code auth/csrf_failed)',
    }),
  );
}
