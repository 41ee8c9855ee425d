/**
 * How charts get ECharts: a dynamic import, so the library is its own chunk, fetched the first time a
 * chart is shown. Unit tests (which have no layout engine) replace `load` with a stub.
 */
export type ChartModule = typeof import('./echarts');

export const chartRuntime: { load: () => Promise<Pick<ChartModule, 'VChart' | 'registerMap'>> } = {
  load: () => import('./echarts'),
};
