import { vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { chartRuntime } from '@/components/charts/runtime';
import { jsonResponse } from './fixtures';

/** Charts render as stubs that keep their last option (ECharts needs a real layout engine). */
export const chartOptions: unknown[] = [];
export function stubCharts() {
  chartRuntime.load = async () => ({
    VChart: { name: 'VChartStub', props: ['option'], setup: (p: { option: unknown }) => () => (chartOptions.push(p.option), null) } as never,
    registerMap: () => undefined,
  });
}

/** A fetch answering by exact path (the query is ignored); anything else is a 404. */
export function fakeApi(routes: Record<string, unknown>) {
  return async (input: string | URL | Request) => {
    const path = String(input).split('?')[0]!;
    return path in routes ? jsonResponse(routes[path]) : jsonResponse({ statusCode: 404, code: 'route/not_found', message: 'Not found' }, 404);
  };
}

/** Lets lazy chunks, fetches and re-renders finish. */
export async function settle() {
  await new Promise((r) => setTimeout(r, 20));
  await flushPromises();
}

export const installFetch = () => {
  const fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};
