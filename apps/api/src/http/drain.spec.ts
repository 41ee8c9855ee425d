import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackRequests } from './drain';

/** A server whose answers take `delayMs`. */
function slowServer(delayMs: number): Promise<Server> {
  return listening(createServer((_req, res) => setTimeout(() => res.end('done'), delayMs)));
}

/** A server that holds every answer until `release()` (and answers at once after it). */
async function heldServer(): Promise<{ server: Server; release: () => void }> {
  const held: (() => void)[] = [];
  let released = false;
  const server = await listening(createServer((_req, res) => (released ? res.end('done') : held.push(() => res.end('done')))));
  const release = () => {
    released = true;
    for (const answer of held.splice(0)) answer();
  };
  return { server, release };
}

function listening(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function get(server: Server, agent: Agent): Promise<{ status: number; body: string; connection?: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('trackRequests().drain', () => {
  let server: Server | undefined;
  afterEach(() => server?.closeAllConnections());

  it('lets requests in flight finish, closing their keep-alive connections, before it resolves', async () => {
    const held = await heldServer();
    server = held.server;
    const drain = trackRequests(server);
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const answers = Promise.all([get(server, agent), get(server, agent), get(server, agent)]);
    // Held answers, so a slow machine cannot finish one before all three are in flight.
    await vi.waitFor(() => expect(drain.inFlight()).toBe(3));
    const started = Date.now();
    const drained = drain.drain(5_000);
    setTimeout(held.release, 150);
    const { finished } = await drained;
    expect(finished).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    const done = await answers;
    expect(done.map((a) => [a.status, a.body, a.connection])).toEqual([
      [200, 'done', 'close'],
      [200, 'done', 'close'],
      [200, 'done', 'close'],
    ]);
    expect(server.listening).toBe(false);
    agent.destroy();
  });

  it('gives up after the timeout and cuts what is left', async () => {
    server = await slowServer(10_000);
    const drain = trackRequests(server);
    const agent = new Agent({ keepAlive: true });
    const answer = get(server, agent).catch((err: Error) => err);
    await vi.waitFor(() => expect(drain.inFlight()).toBe(1));
    const { finished } = await drain.drain(100);
    expect(finished).toBe(false);
    expect(await answer).toBeInstanceOf(Error);
    agent.destroy();
  });

  it('resolves at once when nothing is in flight', async () => {
    server = await slowServer(10);
    expect(await trackRequests(server).drain(5_000)).toEqual({ finished: true });
  });
});
