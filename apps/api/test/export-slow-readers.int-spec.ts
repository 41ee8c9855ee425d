import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_POOL } from '../src/export/export-pool';
import type { Pool } from 'pg';
import { startTestApp, type TestApp } from './helpers/test-app';

const ENTRIES = 20_000;

interface Reader {
  status: number;
  headers: string;
  socket: Socket;
  received: () => number;
  stop(): void;
}

/**
 * A client that asks for `path` and then reads ~2 KB a second, like a slow or hostile downloader
 * (and the proxy in front does not buffer: the bundled nginx sets proxy_buffering off).
 */
function slowReader(port: number, path: string, clientIp: string): Promise<Reader> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let head = Buffer.alloc(0);
    let received = 0;
    let trickle: NodeJS.Timeout | undefined;
    socket.once('error', reject);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: ${clientIp}\r\nConnection: close\r\n\r\n`);
    const onReadable = () => {
      let chunk: Buffer | null;
      while ((chunk = socket.read()) !== null) head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('readable', onReadable);
      received = head.length - end - 4;
      const headers = head.subarray(0, end).toString('latin1');
      trickle = setInterval(() => {
        const got = socket.read(2048) as Buffer | null;
        if (got) received += got.length;
      }, 1000);
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1]),
        headers,
        socket,
        received: () => received,
        stop() {
          clearInterval(trickle);
          socket.destroy();
        },
      });
    };
    socket.on('readable', onReadable);
  });
}

/** An ordinary client: the whole answer, and how long it took. */
async function timed(base: string, path: string): Promise<{ path: string; status: number; ms: number }> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(15_000) });
    await res.arrayBuffer();
    return { path, status: res.status, ms: Math.round(performance.now() - started) };
  } catch {
    return { path, status: 0, ms: Math.round(performance.now() - started) };
  }
}

const ORDINARY = [
  '/api/entries?q=bulk%20plan%201234',
  '/api/entries?sector=industry&page=7',
  '/api/entries?q=peaking',
  '/api/entries?region=440000&page=3',
  '/api/entries/bulk-4321',
  '/api/entries?q=bulk%20plan%20777&sort=newest',
  '/api/regions/440000',
];

describe('exports cannot starve the database: slow readers', () => {
  let t: TestApp;
  let base: string;
  let port: number;
  const readers: Reader[] = [];

  beforeAll(async () => {
    // TRUST_PROXY: each slow reader is another client (X-Forwarded-For), so the global cap is what holds them.
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, summary_en, jurisdiction, level, sectors, workflow_status, issued_on, published_at)
       SELECT 'bulk-' || i, 'policy', 'Bulk plan ' || i, repeat('A long summary of one more bulk plan. ', 40), '440000', 'provincial', '{industry}',
              'published', date '2015-01-01' + (i % 3000), now()
         FROM generate_series(1, ${ENTRIES}) i`,
    );
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    // The search snapshot now holds every entry (the first search waits for its rebuild).
    expect(((await (await fetch(`${base}/api/entries?q=bulk`)).json()) as { total: number }).total).toBe(ENTRIES);
  }, 180_000);

  afterAll(async () => {
    for (const r of readers) r.stop();
    await t?.close();
  });

  it('holds 14 slow exports to the cap (429 with Retry-After for the rest) while every other route answers in its normal time', async () => {
    const before = await Promise.all(ORDINARY.map((p) => timed(base, p)));
    expect(before.map((r) => r.status)).toEqual(ORDINARY.map(() => 200));

    readers.push(...(await Promise.all(Array.from({ length: 14 }, (_, i) => slowReader(port, '/api/export/entries.json', `198.51.100.${i + 1}`)))));
    const streaming = readers.filter((r) => r.status === 200);
    const refused = readers.filter((r) => r.status === 429);
    expect(streaming.length).toBe(4);
    expect(refused.length).toBe(10);
    for (const r of refused) {
      expect(r.headers).toMatch(/\r\nretry-after: \d+/i);
      expect(r.headers).toMatch(/\r\ncache-control: no-store/i);
    }
    // Let the streams fill every buffer between them and their readers.
    await new Promise((r) => setTimeout(r, 3000));

    for (let round = 0; round < 3; round++) {
      const during = await Promise.all(ORDINARY.map((p) => timed(base, p)));
      for (const r of during) {
        expect(r.status, r.path).toBe(200);
        expect(r.ms, `${r.path} took ${r.ms} ms while 4 exports trickled out`).toBeLessThan(1500);
      }
    }
    // The export pool is small, and once the streams wait on their readers it holds no connection for them.
    const pool = t.app.get<Pool>(EXPORT_POOL);
    expect(pool.options.max).toBe(2);
    expect(pool.waitingCount).toBe(0);
    let idleFor = 0;
    for (let i = 0; i < 200 && idleFor < 10; i++) {
      await new Promise((r) => setTimeout(r, 100));
      idleFor = pool.totalCount - pool.idleCount === 0 ? idleFor + 1 : 0;
    }
    expect(idleFor, 'the export pool stayed idle for a second while 4 downloads were open').toBe(10);
    for (const r of streaming) expect(r.received()).toBeGreaterThan(0);
    for (const r of streaming) expect(r.socket.destroyed).toBe(false);
  }, 120_000);

  it('limits one client to 2 exports at a time, and frees a slot when a reader goes away', async () => {
    for (const r of readers.splice(0)) r.stop();
    // Slots are given back when the server notices the sockets closed.
    await new Promise((r) => setTimeout(r, 300));
    const mine = await Promise.all([1, 2, 3].map(() => slowReader(port, '/api/export/entries.csv', '203.0.113.50')));
    readers.push(...mine);
    expect(mine.map((r) => r.status).sort()).toEqual([200, 200, 429]);
    const refused = mine.find((r) => r.status === 429)!;
    expect(refused.headers).toMatch(/\r\nretry-after: 10\r\n/i);
    mine.find((r) => r.status === 200)!.stop();
    await new Promise((r) => setTimeout(r, 300));
    const again = await slowReader(port, '/api/export/entries.csv', '203.0.113.50');
    readers.push(again);
    expect(again.status).toBe(200);
  }, 60_000);

  it('still exports everything to a reader that keeps up, with statement timeouts on the export pool', async () => {
    for (const r of readers.splice(0)) r.stop();
    await new Promise((r) => setTimeout(r, 300));
    const res = await fetch(`${base}/api/export/entries.ndjson?sector=industry`);
    expect(res.status).toBe(200);
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines.length - 1).toBe(Number(res.headers.get('x-total-count')));
    expect(lines.length - 1).toBeGreaterThanOrEqual(ENTRIES);
    const slugs = new Set(lines.slice(1).map((l) => JSON.parse(l).slug));
    expect(slugs.size).toBe(lines.length - 1);
    const pool = t.app.get<Pool>(EXPORT_POOL);
    const { rows } = await pool.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(rows[0]).toEqual({ statement: '15s', idle: '5s' });
  }, 60_000);
});

describe('exports: a reader that takes nothing is cut (EXPORT_STALL_SECONDS)', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp({ env: { EXPORT_STALL_SECONDS: '2' } });
    // ~25 MB of JSON: more than every buffer between the server and a reader that reads nothing.
    await t.db.query(
      `INSERT INTO entries (slug, kind, title_en, summary_en, jurisdiction, level, workflow_status, published_at)
       SELECT 'stall-' || i, 'policy', 'Stall plan ' || i, repeat('Summary text that makes every row large. ', 200), '440000', 'provincial', 'published', now()
         FROM generate_series(1, 3000) i`,
    );
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  }, 120_000);
  afterAll(() => t?.close());

  it('closes the download and gives the slot back', async () => {
    const socket = connect(port, '127.0.0.1');
    socket.pause(); // never reads
    socket.write('GET /api/export/entries.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await new Promise((r) => setTimeout(r, 6000));
    // Its slot is free again: this client may start two more downloads.
    const res = await Promise.all([1, 2].map(() => fetch(`http://127.0.0.1:${port}/api/export/entries.csv?kind=report`)));
    expect(res.map((r) => r.status)).toEqual([200, 200]);
    // And what it had been sent ends short of the whole document.
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined); // the cut may arrive as a reset
    socket.resume();
    await new Promise((resolve) => socket.once('close', resolve));
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(text.length).toBeGreaterThan(100_000);
    expect(text.trimEnd().endsWith(']}')).toBe(false);
  }, 60_000);
});
