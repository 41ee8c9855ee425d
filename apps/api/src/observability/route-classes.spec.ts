import { describe, expect, it } from 'vitest';
import { classifyPath } from '../http/public-routes';

/** Which HTTP-layer rules (src/http/public-routes.ts) the observability routes fall under. */
describe('observability routes in the HTTP layer', () => {
  it.each([
    // Operators only: no-store, no CORS, preflights refused.
    ['/api/observability/metrics', 'editorial'],
    ['/api/observability', 'editorial'],
    // Probes: never cached by the HTTP cache (the routes send no-store themselves).
    ['/api/health/live', 'live'],
    ['/api/health/ready', 'live'],
    ['/api/health', 'live'],
    // The public list of policy metrics is another route, and stays public.
    ['/api/metrics', 'public'],
    ['/api/observability-ish', 'public'],
  ])('%s is %s', (path, kind) => expect(classifyPath(path)).toBe(kind));
});
