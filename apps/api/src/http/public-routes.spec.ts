import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { notModifiedSince, weakEtag } from './http-cache.middleware';
import { classifyPath, pathOf } from './public-routes';

describe('classifyPath', () => {
  it.each([
    ['/api/regions', 'public'],
    ['/api/export/entries.csv', 'public'],
    ['/api/editor/entries/1', 'editorial'],
    ['/api/auth', 'editorial'],
    ['/api/admin/users', 'editorial'],
    ['/api/editorial-ish', 'public'],
    ['/api/health', 'live'],
    ['/api/docs-json', 'live'],
    ['/en/entries/x', 'other'],
    ['/apix', 'other'],
    ['/sitemap.xml', 'public'],
    ['/sitemaps/entries-2.xml', 'public'],
    ['/robots.txt', 'public'],
    ['/sitemap.xml.bak', 'other'],
  ])('%s is %s', (path, kind) => expect(classifyPath(path)).toBe(kind));

  it('ignores the query string and case', () => {
    expect(pathOf('/API/Editor?x=/api/regions')).toBe('/api/editor');
  });
});

describe('validators', () => {
  const req = (headers: Record<string, string>) => ({ headers }) as unknown as Request;
  const at = new Date('2024-05-01T10:00:00Z');

  it('makes weak ETags that depend only on the body', () => {
    expect(weakEtag('{"a":1}')).toBe(weakEtag(Buffer.from('{"a":1}')));
    expect(weakEtag('{"a":1}')).not.toBe(weakEtag('{"a":2}'));
    expect(weakEtag('x')).toMatch(/^W\/"[\w-]{27}"$/);
  });

  it('honours If-Modified-Since only without If-None-Match or no-cache', () => {
    expect(notModifiedSince(req({ 'if-modified-since': at.toUTCString() }), at)).toBe(true);
    expect(notModifiedSince(req({ 'if-modified-since': 'Wed, 01 May 2024 09:59:59 GMT' }), at)).toBe(false);
    expect(notModifiedSince(req({ 'if-modified-since': at.toUTCString(), 'if-none-match': 'W/"x"' }), at)).toBe(false);
    expect(notModifiedSince(req({ 'if-modified-since': at.toUTCString(), 'cache-control': 'no-cache' }), at)).toBe(false);
    expect(notModifiedSince(req({ 'if-modified-since': 'garbage' }), at)).toBe(false);
  });
});
