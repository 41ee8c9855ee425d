import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/** A worker asks the supervisor for the metrics of every worker; the supervisor answers with the text. */
export const METRICS_MESSAGE = 'dualcarbon:metrics';
export interface MetricsRequest {
  type: typeof METRICS_MESSAGE;
  id: number;
}
export interface MetricsReply extends MetricsRequest {
  text?: string;
  error?: string;
}

const WAIT_MS = 5_000;
let nextId = 1;

/** In a cluster worker: offers `registry` to the supervisor's aggregation (prom-client asks over IPC). */
export function shareWithSupervisor(registry: Registry): void {
  if (!cluster.isWorker) return;
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry(); // prom-client starts answering the supervisor's requests once one exists
}

/**
 * The Prometheus text for the whole cluster when this process is a worker (the supervisor sums
 * counters and histograms over the workers), else null: the caller renders its own registry.
 */
export function clusterMetrics(): Promise<string> | null {
  if (!cluster.isWorker || !process.send) return null;
  const id = nextId++;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('the supervisor did not send the metrics in time')), WAIT_MS);
    const onMessage = (msg: MetricsReply) => {
      if (msg?.type !== METRICS_MESSAGE || msg.id !== id) return;
      done(msg.error ? new Error(msg.error) : undefined, msg.text ?? '');
    };
    const done = (err?: Error, text?: string) => {
      clearTimeout(timer);
      process.off('message', onMessage);
      if (err) reject(err);
      else resolve(text!);
    };
    process.on('message', onMessage);
    process.send!({ type: METRICS_MESSAGE, id } satisfies MetricsRequest);
  });
}
