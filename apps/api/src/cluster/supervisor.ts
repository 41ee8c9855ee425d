import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { AggregatorRegistry } from 'prom-client';
import { METRICS_MESSAGE, type MetricsReply, type MetricsRequest } from './metrics-ipc';

/** Crashes tolerated within a minute before the supervisor stops replacing workers and exits. */
const MAX_RESTARTS_PER_MINUTE = 5;
/** How long a shutdown waits for workers to drain before killing them (each drains for at most 10 s). */
const STOP_TIMEOUT_MS = 20_000;

export interface SupervisorOptions {
  workers: number;
  /** Environment of every worker on top of this process's own (the database URL, no seeding). */
  env: Record<string, string>;
  logger: Logger;
  /** Every worker is listening, at this port (the first time only). */
  onListening: (port: number) => void;
  /** Every worker has exited: release what the supervisor holds (the embedded database). */
  onStopped: () => Promise<void>;
}

/**
 * Runs the HTTP server in `workers` processes sharing one port (Node's cluster module: the primary
 * accepts connections and hands them round-robin to the workers), since one Node process answers on
 * one core. Replaces a worker that dies; on SIGTERM/SIGINT/SIGHUP asks each to drain and stop, then
 * exits. Everything that must happen once (migrations, seeding, the embedded database) happens in this
 * process before the workers start. Prometheus scrapes answered by any worker cover all of them.
 */
export function superviseWorkers(o: SupervisorOptions): void {
  const metrics = new AggregatorRegistry();
  const listening = new Set<number>();
  const restarts: number[] = [];
  let started = false;
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    const worker = cluster.fork(o.env);
    worker.on('message', (msg: MetricsRequest) => {
      if (msg?.type !== METRICS_MESSAGE) return;
      const reply = (r: Omit<MetricsReply, 'type' | 'id'>) => worker.isConnected() && worker.send({ type: METRICS_MESSAGE, id: msg.id, ...r });
      metrics.clusterMetrics().then(
        (text) => reply({ text }),
        (err: Error) => reply({ error: err.message }),
      );
    });
    return worker;
  };

  const stopAll = (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode ||= code;
    o.logger.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, 'shutting down the workers');
    for (const worker of Object.values(cluster.workers ?? {}) as Worker[]) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {}) as Worker[]) worker.process.kill('SIGKILL');
    }, STOP_TIMEOUT_MS).unref();
    if (!Object.keys(cluster.workers ?? {}).length) void finish();
  };

  const finish = async () => {
    try {
      await o.onStopped();
    } catch (err) {
      o.logger.error({ err }, 'error during shutdown');
      exitCode ||= 1;
    }
    o.logger.flush();
    process.exit(exitCode);
  };

  cluster.on('listening', (worker, address) => {
    listening.add(worker.id);
    if (!started && listening.size >= o.workers) {
      started = true;
      o.onListening(address.port);
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    listening.delete(worker.id);
    if (stopping) {
      if (code) exitCode ||= 1;
      if (!Object.keys(cluster.workers ?? {}).length) void finish();
      return;
    }
    if (!started) {
      // A worker that cannot even start (a port in use, a bad setting) would fail again: stop.
      o.logger.fatal({ pid: worker.process.pid, code, signal }, 'a worker failed to start');
      return stopAll('startup-failure', 1);
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts[0] < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      o.logger.fatal({ restarts: restarts.length }, 'workers keep dying; giving up');
      return stopAll('crash-loop', 1);
    }
    o.logger.error({ pid: worker.process.pid, code, signal }, 'a worker died; starting another');
    fork();
  });

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopAll(signal));
  for (let i = 0; i < o.workers; i++) fork();
}
