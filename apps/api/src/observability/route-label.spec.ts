import { describe, expect, it } from 'vitest';
import { handlerTemplate, methodLabel, routeLabel, RouteTemplates, STATIC, statusLabel, UNMATCHED, type ExpressRoute } from './route-label';

const get = (path: string): ExpressRoute => ({ path, methods: { get: true } });
/** What Nest's app.all() registers for its middleware and not-found handler. */
const middleware = (path: string): ExpressRoute => ({ path, methods: Object.fromEntries(['get', 'post', 'acl', 'propfind', 'purge'].map((m) => [m, true])) });

const templates = new RouteTemplates([
  middleware('/api/{*path}'),
  get('/api/entries'),
  get('/api/entries/:slug'),
  { path: '/api/editor/entries/:id', methods: { put: true } },
  get('/api/newsletters/:number.md'),
  get('/api/newsletters/:number'),
  get('/api/regions/:code'),
]);

describe('routeLabel', () => {
  it('takes the template of the route that ran, with its base path', () => {
    expect(routeLabel({ method: 'GET', originalUrl: '/api/entries/some-slug?x=1', route: get('/api/entries/:slug') })).toBe('/api/entries/:slug');
    expect(routeLabel({ method: 'GET', originalUrl: '/api/v/x', baseUrl: '/api', route: get('/v/:id') })).toBe('/api/v/:id');
  });

  it('ignores middleware mounted as a route and names early answers by the path they would have matched', () => {
    expect(routeLabel({ method: 'GET', originalUrl: '/api/entries/a-slug', route: middleware('/api/{*path}') }, templates)).toBe('/api/entries/:slug');
    expect(routeLabel({ method: 'HEAD', originalUrl: '/API/Entries/?page=2' }, templates)).toBe('/api/entries');
    expect(routeLabel({ method: 'OPTIONS', originalUrl: '/api/editor/entries/123' }, templates)).toBe('/api/editor/entries/:id');
    expect(routeLabel({ method: 'GET', originalUrl: '/api/newsletters/7.md' }, templates)).toBe('/api/newsletters/:number.md');
    expect(routeLabel({ method: 'GET', originalUrl: '/api/newsletters/7' }, templates)).toBe('/api/newsletters/:number');
  });

  it('never uses the raw URL: unknown paths and wrong methods are unmatched, anything outside /api is static', () => {
    for (const url of ['/api/nothing-here', '/api/entries/a/b', '/api/%65ntries', '/api', '/api/wp-login.php?x=<script>']) {
      expect(routeLabel({ method: 'GET', originalUrl: url, route: middleware('/api/{*path}') }, templates)).toBe(UNMATCHED);
    }
    expect(routeLabel({ method: 'POST', originalUrl: '/api/entries/x' }, templates)).toBe(UNMATCHED);
    expect(routeLabel({ method: 'GET', originalUrl: '/api/entries/x' })).toBe(UNMATCHED); // no route table yet
    for (const url of ['/', '/en/entries/guizhou-plan', '/cms/assets/index-1.js', '/apix', '//api/entries']) {
      expect(routeLabel({ method: 'GET', originalUrl: url }, templates)).toBe(STATIC);
    }
  });

  it('keeps only handler routes as templates', () => {
    expect(handlerTemplate(get('/api/entries/:slug'))).toBe('/api/entries/:slug');
    expect(handlerTemplate(middleware('/api/health'))).toBeUndefined();
    expect(handlerTemplate(get('/api*path'))).toBeUndefined();
    expect(handlerTemplate({ path: /regex/, methods: { get: true } })).toBeUndefined();
    expect(handlerTemplate({ path: '/x', methods: {} })).toBeUndefined();
    expect(handlerTemplate(undefined)).toBeUndefined();
  });
});

describe('methodLabel and statusLabel', () => {
  it('bound the values a client can produce', () => {
    expect(methodLabel('get')).toBe('GET');
    expect(methodLabel('PROPFIND')).toBe('OTHER');
    expect(methodLabel(undefined)).toBe('OTHER');
    expect(statusLabel(404)).toBe('404');
    expect(statusLabel(0)).toBe('0');
    expect(statusLabel(1000)).toBe('0');
  });
});
