import express from 'express';
import pino from 'pino';
import { Writable } from 'node:stream';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { httpLogger } from './http-logger';
import { redactUrl } from './redact-url';

/** An app that answers every GET, logging through the real request logger into memory. */
function appLoggingTo(lines: string[]) {
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = express();
  app.use(httpLogger(pino({ level: 'info' }, sink)));
  app.get('/{*path}', (_req, res) => void res.status(200).json({ ok: true }));
  return app;
}

describe('request logs', () => {
  it('never carry a subscription token or another secret-looking query value', async () => {
    const lines: string[] = [];
    const app = appLoggingTo(lines);
    const token = 'eyJzIjoxMjMsImUiOiJhQGIuYyJ9.Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA';
    await request(app).get(`/api/subscriptions/unsubscribe?token=${token}&lang=zh`).expect(200);
    await request(app).get(`/api/subscriptions/confirm?TOKEN=${token}`).expect(200);
    await request(app).get('/api/things?api_key=s3cr3t-value&password=hunter2&page=2').expect(200);
    await request(app)
      .get(`/api/things?utm_source=${'a1B2c3D4'.repeat(5)}`)
      .expect(200);
    const log = lines.join('');
    expect(lines.length).toBe(4);
    for (const secret of [token, 's3cr3t-value', 'hunter2', 'a1B2c3D4a1B2']) expect(log).not.toContain(secret);
    expect(log).toContain('/api/subscriptions/unsubscribe?token=[redacted]&lang=zh');
    expect(log).toContain('page=2');
  });
});

describe('redactUrl', () => {
  it.each([
    ['/api/entries?q=hydrogen&page=2', '/api/entries?q=hydrogen&page=2'],
    ['/api/x?token=abc', '/api/x?token=[redacted]'],
    ['/api/x?access_token=abc&b=1', '/api/x?access_token=[redacted]&b=1'],
    [
      '/api/x?Secret=a&signature=b&sig=c&key=d&apikey=e&code=f&auth=g&session=h&csrf=i',
      '/api/x?Secret=[redacted]&signature=[redacted]&sig=[redacted]&key=[redacted]&apikey=[redacted]&code=[redacted]&auth=[redacted]&session=[redacted]&csrf=[redacted]',
    ],
    ['/api/x?t%6Fken=abc', '/api/x?t%6Fken=[redacted]'],
    ['/api/x?token', '/api/x?token'],
    ['/api/x?note=0123456789abcdef0123456789abcdef', '/api/x?note=[redacted]'],
    ['/api/x?q=carbon%20peaking%20action%20plan%20for%20all%20provinces', '/api/x?q=carbon%20peaking%20action%20plan%20for%20all%20provinces'],
    ['/api/x', '/api/x'],
    ['/api/x?token=a#frag', '/api/x?token=[redacted]#frag'],
  ])('%s → %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });
});
