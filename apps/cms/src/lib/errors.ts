import { ApiError } from '@/api/http';

type T = (key: string, named?: Record<string, unknown>) => string;

/** A sentence for an error: the API's own message where it sent one, a known phrase otherwise. */
export function errorText(e: unknown, t: T): string {
  if (e instanceof ApiError) {
    if (e.offline) return t('app.offline');
    if (e.status === 429) return t('app.rateLimited', { seconds: e.retryAfter ?? 60 });
    if (e.status === 403 && e.code === 'auth/forbidden') return t('app.forbidden');
    if (e.message) return e.message;
  }
  return t('app.unknownError', { message: e instanceof Error ? e.message : String(e) });
}
