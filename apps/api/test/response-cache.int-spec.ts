import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPublicApp } from './helpers/public-app';
import type { TestApp } from './helpers/test-app';

const SEARCH = `/api/entries?q=${encodeURIComponent('碳达峰')}&pageSize=50`;
const PLAN = 'guizhou-pollution-carbon-synergy-implementation-plan';

describe('shared cache of whole public answers (real PostgreSQL, repository seed)', () => {
  let t: TestApp;
  // supertest listens on a new port per request; the Host header (part of the cache key, for self links) must not move.
  const http = () => {
    const agent = request(t.app.getHttpServer());
    const host = <T extends { set(name: string, value: string): T }>(r: T) => r.set('Host', 'dualcarbon.test').set('Accept-Encoding', 'gzip');
    return { get: (url: string) => host(agent.get(url)), head: (url: string) => host(agent.head(url)) };
  };

  beforeAll(async () => {
    t = await startPublicApp();
  });
  afterAll(() => t?.close());

  it('answers a repeated public GET from the cache, byte for byte, with its validators and a 304 when they hold', async () => {
    const first = await http().get(SEARCH).expect(200);
    expect(first.headers['x-cache']).toBe('miss');
    const again = await http().get(SEARCH).expect(200);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.text).toBe(first.text);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['last-modified']).toBe(first.headers['last-modified']);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.headers['access-control-allow-origin']).toBe('*');
    expect(again.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
    const revalidated = await http().get(SEARCH).set('If-None-Match', first.headers.etag).expect(304);
    expect(revalidated.headers['x-cache']).toBe('hit');
    expect(revalidated.text ?? '').toBe('');
    const head = await http().head(SEARCH).expect(200);
    expect(head.headers['x-cache']).toBe('hit');
    expect(head.headers.etag).toBe(first.headers.etag);
  });

  it('keeps each encoding apart and replays the compressed bytes', async () => {
    const url = '/api/regions/440000';
    const plain = await http().get(url).set('Accept-Encoding', 'identity').expect(200);
    await http().get(url).set('Accept-Encoding', 'gzip').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // supertest inflates the body: it decodes as gzip, so the replayed bytes are the compressed ones.
    const gz = await http().get(url).set('Accept-Encoding', 'gzip').expect(200);
    expect(gz.headers['x-cache']).toBe('hit');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body).toEqual(plain.body);
    expect((await http().get(url).set('Accept-Encoding', 'identity').expect(200)).headers['x-cache']).toBe('hit');
  });

  it('never replays an entry once it stops being public: unpublished, it is gone from the very next search', async () => {
    const listed = await http().get('/api/entries?region=520000').expect(200);
    expect(listed.body.items.map((i: { slug: string }) => i.slug)).toContain(PLAN);
    expect((await http().get('/api/entries?region=520000').expect(200)).headers['x-cache']).toBe('hit');
    await http().get(`/api/entries/${PLAN}`).expect(200);

    await t.db.query(`UPDATE entries SET workflow_status = 'unpublished', updated_at = now() WHERE slug = $1`, [PLAN]);
    const after = await http().get('/api/entries?region=520000').expect(200);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.body.items.map((i: { slug: string }) => i.slug)).not.toContain(PLAN);
    await http().get(`/api/entries/${PLAN}`).expect(404);

    await t.db.query(`UPDATE entries SET workflow_status = 'published', updated_at = now() WHERE slug = $1`, [PLAN]);
    expect((await http().get('/api/entries?region=520000').expect(200)).body.items.map((i: { slug: string }) => i.slug)).toContain(PLAN);
  });

  it('keeps no errors, and nothing asked with credentials', async () => {
    await http().get('/api/entries?colour=green').expect(400);
    const second = await http().get('/api/entries?colour=green').expect(400);
    expect(second.headers['x-cache']).toBe('miss');
    await http().get('/api/entries/no-such-entry').expect(404);
    expect((await http().get('/api/entries/no-such-entry').expect(404)).headers['x-cache']).toBe('miss');
    const withAuth = await http().get('/api/regions').set('Authorization', 'Bearer x').expect(200);
    expect(withAuth.headers['x-cache']).toBeUndefined();
    const withSession = await http().get('/api/regions').set('Cookie', 'dc_session=abc').expect(200);
    expect(withSession.headers['x-cache']).toBeUndefined();
  });

  it('leaves exports, editorial and health routes alone', async () => {
    for (const url of ['/api/export/entries.csv', '/api/health', '/api/editor/entries']) {
      const res = await http().get(url);
      expect(res.headers['x-cache'], url).toBeUndefined();
    }
  });
});
