import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { DataVersionService } from '../src/http/data-version.service';
import { startPublicApp } from './helpers/public-app';
import { useTestApp } from './helpers/test-app';

const PUBLIC = 'public, max-age=60, stale-while-revalidate=300';

describe('HTTP caching, CORS and compression (real PostgreSQL, repository seed)', () => {
  const t = useTestApp(startPublicApp);
  const http = () => request(t.app.getHttpServer());

  it.each(['/api/regions', '/api/regions/440000', '/api/targets?metric=carbon_intensity&targetYear=2025', '/api/metrics', '/api/entries'])(
    'revalidates %s with its weak ETag (304, no body)',
    async (url) => {
      const first = await http().get(url).expect(200);
      expect(first.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
      expect(first.headers['cache-control']).toBe(PUBLIC);
      const again = await http().get(url).set('If-None-Match', first.headers.etag).expect(304);
      expect(again.text ?? '').toBe('');
      expect(again.headers.etag).toBe(first.headers.etag);
      await http().get(url).set('If-None-Match', 'W/"something-else"').expect(200);
    },
  );

  it('revalidates with Last-Modified (304), and a change to the data makes it stale', async () => {
    const first = await http().get('/api/regions/520000').expect(200);
    const lastModified = first.headers['last-modified'];
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);
    await http().get('/api/regions/520000').set('If-Modified-Since', lastModified).expect(304);
    await http()
      .get('/api/regions/520000')
      .set('If-Modified-Since', new Date(Date.parse(lastModified) - 1000).toUTCString())
      .expect(200);
    // If-None-Match wins over If-Modified-Since.
    await http().get('/api/regions/520000').set('If-Modified-Since', lastModified).set('If-None-Match', 'W/"old"').expect(200);

    // Same second or not, a new data version always gets a later Last-Modified.
    await t.db.query(`UPDATE entries SET updated_at = now() WHERE slug = 'guizhou-pollution-carbon-synergy-implementation-plan'`);
    t.app.get(DataVersionService).invalidate();
    const after = await http().get('/api/regions/520000').set('If-Modified-Since', lastModified).expect(200);
    expect(Date.parse(after.headers['last-modified'])).toBeGreaterThan(Date.parse(lastModified));
  });

  it('sees an entry leaving the public set even when no timestamp moves (hard delete)', async () => {
    const before = await http().get('/api/regions').expect(200);
    await t.db.query(`DELETE FROM entries WHERE slug = 'shuozhou-carbon-peaking-plan'`);
    t.app.get(DataVersionService).invalidate();
    const after = await http().get('/api/regions').set('If-Modified-Since', before.headers['last-modified']).expect(200);
    expect(after.body.count).toBe(before.body.count - 1);
    await http().get('/api/regions').set('If-None-Match', before.headers.etag).expect(200);
  });

  it('answers HEAD with the same validators', async () => {
    const get = await http().get('/api/metrics').expect(200);
    const head = await http().head('/api/metrics').expect(200);
    expect(head.headers.etag).toBe(get.headers.etag);
    await http().head('/api/metrics').set('If-None-Match', get.headers.etag).expect(304);
  });

  it('marks errors, editorial, authenticated and live routes no-store or uncached', async () => {
    for (const url of ['/api/regions/XX', '/api/targets?metric=nope']) {
      const res = await http().get(url);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.etag).toBeUndefined();
      expect(res.headers['last-modified']).toBeUndefined();
    }
    const session = await http().get('/api/auth/session');
    expect(session.headers['cache-control']).toBe('no-store');
    const authed = await http().get('/api/regions').set('Authorization', 'Bearer x').expect(200);
    expect(authed.headers['cache-control']).toBe('no-store');
    const health = await http().get('/api/health').expect(200);
    expect(health.headers['cache-control']).not.toBe(PUBLIC);
    expect(health.headers['last-modified']).toBeUndefined();
  });

  it('lets any origin read public GETs, and no one else', async () => {
    const res = await http().get('/api/regions').set('Origin', 'https://example.org').expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-expose-headers']).toContain('ETag');
    const session = await http().get('/api/auth/session').set('Origin', 'https://example.org');
    expect(session.headers['access-control-allow-origin']).toBeUndefined();

    const preflight = await http()
      .options('/api/targets?metric=carbon_intensity')
      .set('Origin', 'https://example.org')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'If-None-Match')
      .expect(204);
    expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, HEAD' });
    for (const [url, method] of [
      ['/api/entries', 'POST'],
      ['/api/auth/login', 'POST'],
      ['/api/admin/users', 'GET'],
      ['/api/editor/entries', 'GET'],
    ]) {
      const refused = await http().options(url).set('Origin', 'https://example.org').set('Access-Control-Request-Method', method).expect(403);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      expect(refused.body).toMatchObject({ statusCode: 403, code: 'cors/refused' });
    }
  });

  it('compresses with brotli or gzip, as the client prefers', async () => {
    const br = await http()
      .get('/api/regions?all=true')
      .set('Accept-Encoding', 'br')
      .buffer(true)
      .parse((res, cb) => {
        res.on('data', () => undefined);
        res.on('end', () => cb(null, null));
      });
    expect(br.headers['content-encoding']).toBe('br');
    const gzip = await http().get('/api/regions?all=true').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toContain('Accept-Encoding');
    expect(gzip.headers.etag).toBe(br.headers.etag); // validators are over the body, not its encoding
  });

  it('compresses a streamed export whole (writes are gathered before compression)', async () => {
    const plain = await http().get('/api/export/entries.csv').set('Accept-Encoding', 'identity').expect(200);
    const gzip = await http().get('/api/export/entries.csv').set('Accept-Encoding', 'gzip').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe(PUBLIC);
    const lines = (text: string) => text.trim().split(/\r\n/);
    expect(lines(gzip.text)).toHaveLength(lines(plain.text).length);
    expect(lines(gzip.text).length).toBeGreaterThan(25);
    await http().get('/api/export/entries.csv').set('If-Modified-Since', plain.headers['last-modified']).expect(304);
  });

  it('documents parameters, errors and revalidation for every public route', async () => {
    const { body } = await http().get('/api/docs-json').expect(200);
    const op = (path: string) => body.paths[path].get;
    const names = (path: string) => op(path).parameters.map((p: { name: string }) => p.name);
    expect(names('/api/targets')).toEqual(
      expect.arrayContaining(['metric', 'targetYear', 'region', 'kind', 'comparison', 'page', 'pageSize', 'If-None-Match']),
    );
    expect(names('/api/regions')).toEqual(expect.arrayContaining(['all', 'If-Modified-Since']));
    expect(op('/api/targets').parameters.find((p: { name: string }) => p.name === 'metric').required).toBe(true);
    for (const path of ['/api/regions', '/api/targets', '/api/metrics', '/api/entries'])
      expect(Object.keys(op(path).responses)).toEqual(expect.arrayContaining(['200', '304', '400']));
    for (const path of ['/api/regions/{code}', '/api/entries/{slug}'])
      expect(Object.keys(op(path).responses)).toEqual(expect.arrayContaining(['200', '304', '404']));
    expect(op('/api/regions').responses['200'].headers).toHaveProperty('ETag');
    expect(op('/api/health').responses).not.toHaveProperty('304');
  });
});
