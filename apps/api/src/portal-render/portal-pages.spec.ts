import type { Request, Response } from 'express';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { isPortalPagePath, renderPortalPages } from './portal-pages';
import type { PortalPage, PortalRenderer } from './portal-renderer';

function exchange(url: string, host = 'reader.example:8080') {
  const headers: Record<string, string> = {};
  const res = {
    statusCode: 0,
    body: '',
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    type() {
      headers['content-type'] = 'text/html';
      return this;
    },
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    send(body: string) {
      this.body = body;
    },
  };
  const req = { originalUrl: url, protocol: 'http', get: (name: string) => (name === 'host' ? host : undefined) } as unknown as Request;
  return { req, res: res as unknown as Response & typeof res, headers };
}

const renderer = (page: Partial<PortalPage>, seen: string[] = []): PortalRenderer => ({
  render: async (url, origin) => {
    seen.push(`${origin}${url}`);
    return { status: 200, private: false, html: '<html></html>', ...page };
  },
});
const logger = pino({ level: 'silent' });

describe('renderPortalPages', () => {
  it('builds links on PUBLIC_URL when set, else on the address the reader used', async () => {
    const seen: string[] = [];
    const a = exchange('/en/entries/x?utm=1');
    await renderPortalPages(renderer({}, seen), 'https://dualcarbon.example.org', logger)(a.req, a.res, vi.fn());
    const b = exchange('/zh');
    await renderPortalPages(renderer({}, seen), undefined, logger)(b.req, b.res, vi.fn());
    expect(seen).toEqual(['https://dualcarbon.example.org/en/entries/x?utm=1', 'http://reader.example:8080/zh']);
  });

  it.each([
    [{ status: 200 as const }, 200, 'public, no-cache'],
    [{ status: 200 as const, private: true }, 200, 'no-store'],
    [{ status: 404 as const }, 404, 'no-store'],
    [{ status: 503 as const }, 503, 'no-store'],
  ])('%o answers %i with Cache-Control %s (only public 200s are kept by the answer cache)', async (page, status, cacheControl) => {
    const x = exchange('/en');
    await renderPortalPages(renderer(page), undefined, logger)(x.req, x.res, vi.fn());
    expect(x.res.statusCode).toBe(status);
    expect(x.headers['cache-control']).toBe(cacheControl);
    expect(x.res.body).toBe('<html></html>');
    if (status === 503) expect(x.headers['retry-after']).toBeDefined();
  });

  it('falls back to the page the browser renders when rendering throws', async () => {
    const x = exchange('/en');
    const fallback = vi.fn();
    await renderPortalPages({ render: () => Promise.reject(new Error('boom')) }, undefined, logger)(x.req, x.res, fallback);
    expect(fallback).toHaveBeenCalledOnce();
    expect(x.res.statusCode).toBe(0);
  });
});

describe('isPortalPagePath', () => {
  it.each([
    ['/en', true],
    ['/zh/entries/x', true],
    ['/en/', true],
    ['/', false],
    ['/english', false],
    ['/cms/en', false],
    ['/api/en', false],
  ])('%s → %s', (path, is) => {
    expect(isPortalPagePath(path)).toBe(is);
  });
});
