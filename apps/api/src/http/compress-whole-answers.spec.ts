import compression from 'compression';
import express from 'express';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressWholeAnswers } from './compress-whole-answers';

const big = { items: Array.from({ length: 300 }, (_, i) => ({ id: i, title: `碳达峰 policy ${i}` })) };

let server: Server;
beforeAll(async () => {
  const app = express();
  app.use(compression());
  app.use(compressWholeAnswers());
  app.get('/json', (_req, res) => void res.json(big));
  app.get('/small', (_req, res) => void res.json({ ok: true }));
  app.get('/no-transform', (_req, res) => void res.set('Cache-Control', 'no-transform').json(big));
  app.get('/stream', (_req, res) => {
    res.type('text/csv');
    for (let i = 0; i < 500; i++) res.write(`row ${i},碳\n`);
    res.end();
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
});
afterAll(() => new Promise((r) => server.close(r)));

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressWholeAnswers', () => {
  it('sends a whole JSON answer brotli-compressed when the client takes br, with its exact length', async () => {
    const res = await get('/json', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(JSON.parse(brotliDecompressSync(res.body).toString())).toEqual(big);
  });

  it('uses gzip for a client that only takes gzip, and honours q-values', async () => {
    for (const accept of ['gzip', 'br;q=0.1, gzip;q=0.9']) {
      const res = await get('/json', { 'Accept-Encoding': accept });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(res.body).toString())).toEqual(big);
    }
  });

  it('leaves alone answers for clients that ask for none, small answers and no-transform ones (Vary still set)', async () => {
    for (const [path, accept] of [
      ['/json', ''],
      ['/json', 'identity'],
      ['/small', 'gzip, br'],
      ['/no-transform', 'gzip, br'],
    ]) {
      const res = await get(path, accept ? { 'Accept-Encoding': accept } : {});
      expect(res.headers['content-encoding'], `${path} ${accept}`).toBeUndefined();
      expect(JSON.parse(res.body.toString())).toEqual(path === '/small' ? { ok: true } : big);
      if (path !== '/no-transform') expect(res.headers.vary).toMatch(/Accept-Encoding/);
    }
  });

  it('leaves streamed answers to compression, which streams them compressed', async () => {
    const res = await get('/stream', { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['transfer-encoding']).toBe('chunked');
    const text = gunzipSync(res.body).toString();
    expect(text.split('\n')).toHaveLength(501);
    expect(text).toContain('row 499,碳');
  });

  it('answers HEAD with the headers only', async () => {
    const res = await get('/json', { 'Accept-Encoding': 'gzip, br' }, 'HEAD');
    expect(res.body.length).toBe(0);
    expect(res.headers['content-type']).toMatch(/json/);
  });
});
