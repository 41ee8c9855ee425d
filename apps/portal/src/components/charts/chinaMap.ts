import { chartRuntime } from './runtime';

/** Registers the vendored China province map (see src/assets/map/README.md) with ECharts, once. */
let ready: Promise<void> | null = null;

export function ensureChinaMap(): Promise<void> {
  ready ??= Promise.all([chartRuntime.load(), import('@/assets/map/china.json')]).then(([ec, geo]) => {
    ec.registerMap('china', geo.default as unknown as Parameters<typeof ec.registerMap>[1]);
  });
  ready.catch(() => (ready = null));
  return ready;
}
