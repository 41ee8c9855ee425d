import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { startTestApp, useTestApp } from './helpers/test-app';

describe('portal and CMS served beside the API', () => {
  const t = useTestApp(() => startTestApp({ seed: false }));
  const http = () => request(t.app.getHttpServer());

  it.each(['/', '/en/entries/some-slug', '/zh/map'])('answers %s with the portal, never cached', async (path) => {
    const res = await http().get(path).expect(200).expect('Content-Type', /html/);
    expect(res.text).toContain('portal fixture');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/cms/', '/cms/entries/42/edit'])('answers %s with the CMS', async (path) => {
    const res = await http().get(path).expect(200);
    expect(res.text).toContain('cms fixture');
  });

  it('redirects /cms to /cms/ so relative routes resolve', async () => {
    await http().get('/cms').expect(301).expect('Location', '/cms/');
  });

  it('serves hashed assets with a long, immutable cache', async () => {
    const portal = await http().get('/assets/index-AbCd1234.js').expect(200);
    expect(portal.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const cms = await http().get('/cms/assets/index-EfGh5678.js').expect(200);
    expect(cms.text).toContain('cms');
  });

  it('answers a missing file with 404 rather than the app page', async () => {
    const res = await http().get('/assets/missing-123.js').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404 });
  });

  it('answers malformed input outside /api with the same JSON errors', async () => {
    const res = await http().post('/somewhere').set('Content-Type', 'application/json').send('{oops').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'request/invalid' });
  });

  it('leaves /api to the API', async () => {
    const res = await http().get('/api/unknown/page').expect(404);
    expect(res.body).toMatchObject({ code: 'route/not_found' });
  });

  it('compresses large responses', async () => {
    const res = await http().get('/api/docs-json').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});
