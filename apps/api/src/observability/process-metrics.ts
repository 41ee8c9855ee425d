import { collectDefaultMetrics, Registry } from 'prom-client';

/** Every metric name starts with this. */
export const METRIC_PREFIX = 'dualcarbon_';

let registry: Registry | undefined;

/**
 * Node's process metrics (CPU, memory, heap, event-loop lag, GC, handles). They describe the process,
 * not one app, and collecting them starts observers that are never stopped, so one registry per
 * process is shared by every app built in it (tests build several).
 */
export function processMetrics(): Registry {
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  }
  return registry;
}
