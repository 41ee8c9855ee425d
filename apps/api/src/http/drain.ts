import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Drain {
  /** Requests being answered now. */
  inFlight(): number;
  /**
   * Stops taking connections, lets every request already received finish (its response closes its
   * connection), closes idle keep-alive connections, and resolves when none is left or after
   * `timeoutMs`, when the rest are cut. Only then may the database pools close: closing them first
   * (what Nest's app.close() does) turns requests in flight into 500s.
   */
  drain(timeoutMs: number): Promise<{ finished: boolean }>;
}

/** Counts requests from now on, so that a shutdown can wait for them. */
export function trackRequests(server: Server): Drain {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let idle: (() => void) | undefined;
  /** The answer closes its connection, so the client opens its next request elsewhere. */
  const last = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    if (draining) last(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) idle?.();
    });
  });
  return {
    inFlight: () => inFlight.size,
    async drain(timeoutMs) {
      draining = true;
      inFlight.forEach(last);
      server.close();
      server.closeIdleConnections();
      const finished =
        inFlight.size === 0 ||
        (await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), timeoutMs);
          timer.unref();
          idle = () => {
            clearTimeout(timer);
            resolve(true);
          };
        }));
      server.closeAllConnections();
      return { finished };
    },
  };
}
