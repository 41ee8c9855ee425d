import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAgent } from './helpers/auth';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('request size and depth limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

  it('refuses JSON nested past the limit with a 400 that says why, not a stack overflow', async () => {
    const res = await request(t.app.getHttpServer()).post('/api/auth/login').set('content-type', 'application/json').send(deep(100_000));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, message: expect.stringContaining('nested') });
  });

  it('refuses bodies over the size limit with 413', async () => {
    const big = JSON.stringify({ email: 'x'.repeat(3 * 1024 * 1024), password: 'y' });
    const res = await request(t.app.getHttpServer()).post('/api/auth/login').set('content-type', 'application/json').send(big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413 });
  });

  it('answers malformed JSON with 400', async () => {
    const res = await request(t.app.getHttpServer()).post('/api/auth/login').set('content-type', 'application/json').send('{"email":');
    expect(res.status).toBe(400);
    expect(res.body.code).toBeTruthy();
  });

  it('takes JSON bodies only (415 otherwise), except where a route says so; an empty POST needs no type', async () => {
    const editor = await signedInAgent(t.app, t.db, ['editor']);
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await editor.post('/api/editor/entries').set('Content-Type', type).send('kind=policy');
      expect(res.status, type).toBe(415);
      expect(res.body).toMatchObject({ code: 'request/unsupported_media_type', message: 'Send the body as application/json' });
    }
    expect((await editor.post('/api/editor/entries').set('Content-Type', 'application/merge-patch+json').send('{"kind":"policy"}')).status).not.toBe(415);
    const csv = await editor.post('/api/editor/import?dryRun=true').set('Content-Type', 'text/csv').send('slug\n');
    expect(csv.status).toBe(415);
    expect(csv.body.message).toBe('Send the body as application/json or multipart/form-data');
    await editor.post('/api/auth/logout').expect(204);
  });
});
