/** httpOnly session cookie holding the opaque token (Path=/api). */
export const SESSION_COOKIE = 'dc_session';
/** Readable cookie with the session's CSRF token (Path=/), echoed back in CSRF_HEADER. */
export const CSRF_COOKIE = 'dc_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** httpOnly cookie proving this browser signed in to an account before (see device-cookie.ts). */
export const DEVICE_COOKIE = 'dc_device';
/** OpenAPI security scheme name for the session cookie. */
export const SESSION_SECURITY = 'session';
/** Metadata key under which @Auth() stores the roles it accepts. */
export const AUTH_ROLES_KEY = 'dualcarbon:auth-roles';
/** Methods that change nothing, hence need no CSRF token. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
