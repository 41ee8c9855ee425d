import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { RegionNode, RegionPage, Stats } from '@dualcarbon/domain';
import {
  dongguanHit,
  facet,
  guizhouDetail,
  guizhouSummary,
  hainanHit,
  issueAnswer,
  jsonResponse,
  metricSummary,
  pageOf,
  place,
  searchAnswer,
  targetAnswer,
  targetTable,
} from '@/test/fixtures';
import { publicTerm } from '@dualcarbon/web/testing';
import { mountAt } from '@/test/mountApp';
import { LANG_STORAGE_KEY } from '@/stores/locale';

import { chartRuntime } from '@/components/charts/runtime';

// Charts render as stubs: ECharts needs a real layout engine.
chartRuntime.load = async () => ({ VChart: { name: 'VChartStub', props: ['option'], setup: () => () => null } as never, registerMap: () => undefined });
vi.mock('@/assets/map/china.json', () => ({ default: {} }));

const fetchMock = vi.fn<typeof fetch>();

/** Answers by exact path (the query is ignored); anything else is a 404, like an endpoint that does not exist yet. */
function api(routes: Record<string, unknown>) {
  return async (input: string | URL | Request) => {
    const path = String(input).split('?')[0]!;
    return path in routes ? jsonResponse(routes[path]) : jsonResponse({ statusCode: 404, code: 'route/not_found', message: 'Not found' }, 404);
  };
}
const settle = async () => {
  await new Promise((r) => setTimeout(r, 20));
  await flushPromises();
};
const calls = () => fetchMock.mock.calls.map((c) => String(c[0]));
/** The explorer's facet panel loads beside the search (its own chunk). */
const facetsLoaded = (wrapper: { find(s: string): { exists(): boolean } }) =>
  vi.waitFor(() => expect(wrapper.find('.facet-panel').exists()).toBe(true), { timeout: 5000 });

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  localStorage.clear();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('explorer (entries) page', () => {
  it('lists entries with title, region, level, instrument, date and sector chips', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([guizhouSummary], 1) }));
    const { wrapper } = await mountAt('/en/entries');
    const card = wrapper.find('.entry-card');
    expect(card.find('h2 a').attributes('href')).toBe(`/en/entries/${guizhouSummary.slug}`);
    expect(card.text()).toContain('Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou');
    expect(card.text()).toContain('Guizhou');
    expect(card.text()).toContain('Provincial');
    expect(card.text()).toContain('Implementation plan');
    expect(card.find('time').attributes('datetime')).toBe('2023-02-10');
    expect(card.findAll('.chip').map((c) => c.text())).toEqual(['Industry', 'Energy and power']);
    expect(document.title).toBe('Explore entries · dualcarbon');
  });

  it('searches from the URL, highlights matches safely and counts facets', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([hainanHit, dongguanHit]) }));
    const { wrapper } = await mountAt('/en/entries?q=%E6%B0%A2%E8%83%BD');
    expect(calls()).toContain('/api/entries?q=%E6%B0%A2%E8%83%BD');
    expect((wrapper.find('#explorer-q').element as HTMLInputElement).value).toBe('氢能');
    expect(wrapper.findAll('.entry-card')).toHaveLength(2);
    expect(wrapper.findAll('.entry-card mark').map((m) => m.text())).toEqual(['氢能', 'Hydrogen']);
    expect(wrapper.find('.entry-card script').exists()).toBe(false);
    expect(wrapper.find('.entry-card__snippet').text()).toContain('<script>');
    expect(wrapper.find('#results-title').text()).toBe('2 entries');
    await facetsLoaded(wrapper);
    const level = wrapper.find('input[name="level"][value="city"]');
    expect(level.element.closest('label')!.textContent).toContain('Prefectural city');
    expect(document.title).toBe('Search: 氢能 · dualcarbon');
  });

  it('puts a facet click in the URL, and the back button restores the previous query', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([hainanHit, dongguanHit]) }));
    const { wrapper, router } = await mountAt('/en/entries?q=hydrogen');
    await facetsLoaded(wrapper);
    await wrapper.find('input[name="level"][value="city"]').trigger('change');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/en/entries?q=hydrogen&level=city');
    expect(calls()).toContain('/api/entries?q=hydrogen&level=city');
    expect((wrapper.find('input[name="level"][value="city"]').element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.findAll('.filter-chip').map((c) => c.text())).toContain('Level: Prefectural city×(remove this filter)');

    router.back();
    await flushPromises();
    await new Promise((r) => setTimeout(r, 0));
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/en/entries?q=hydrogen');
    expect((wrapper.find('input[name="level"][value="city"]').element as HTMLInputElement).checked).toBe(false);
  });

  it('submits the search box to the URL', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([]) }));
    const { wrapper, router } = await mountAt('/en/entries?sector=energy');
    await wrapper.find('#explorer-q').setValue('  carbon peaking ');
    await wrapper.find('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: 'carbon peaking', sector: 'energy' });
  });

  it('links CSV, JSON and Atom downloads to the current filters (and adds the feed to <head>)', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([hainanHit]) }));
    const { wrapper } = await mountAt('/en/entries?q=x&region=460000&sort=title&page=1');
    expect(wrapper.find('a[data-format="csv"]').attributes('href')).toBe('/api/export/entries.csv?q=x&region=460000');
    expect(wrapper.find('a[data-format="json"]').attributes('href')).toBe('/api/export/entries.json?q=x&region=460000');
    expect(wrapper.find('a[data-format="atom"]').attributes('href')).toBe('/api/feeds/entries.atom?q=x&region=460000');
    const link = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(link?.getAttribute('href')).toBe('/api/feeds/entries.atom?q=x&region=460000');
    wrapper.unmount();
    expect(document.head.querySelector('link[type="application/atom+xml"]')).toBeNull();
  });

  it('reads the page number from the URL and links to the other pages', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([guizhouSummary], 45, 2) }));
    const { wrapper } = await mountAt('/en/entries?page=2');
    expect(calls()).toContain('/api/entries?page=2');
    expect(wrapper.find('[aria-current="page"]').text()).toBe('2');
    expect(wrapper.find('a[rel="prev"]').attributes('href')).toBe('/en/entries');
    expect(wrapper.find('a[rel="next"]').attributes('href')).toBe('/en/entries?page=3');
  });

  it('explains an empty result and offers ways out', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([], 0) }));
    const { wrapper } = await mountAt('/en/entries?q=zzz&sector=finance');
    const empty = wrapper.find('.state--empty');
    expect(empty.text()).toContain('No entries match “zzz” with these filters.');
    expect(empty.text()).toContain('try the Chinese or English term');
    expect(empty.findAll('button, a').map((b) => b.text())).toEqual(['Clear the filters', 'Start a new search']);
  });

  it('shows a helpful empty state when nothing is published', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([], 0) }));
    const { wrapper } = await mountAt('/en/entries');
    expect(wrapper.find('.state--empty').text()).toContain('No entries have been published yet.');
  });

  it('explains a page number past the end and goes back to page 1', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([], 31, 99) }));
    const { wrapper, router } = await mountAt('/en/entries?page=99');
    expect(wrapper.find('.state--empty').text()).toContain('There is no page 99.');
    expect(wrapper.find('nav.pagination').exists()).toBe(false);
    await wrapper.find('.state--empty button').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/en/entries');
  });

  it('ignores a bad parameter in a shared link and says so', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([hainanHit]) }));
    const { wrapper } = await mountAt('/en/entries?sector=steel&region=460000');
    expect(calls()).toContain('/api/entries?region=460000');
    expect(wrapper.find('.notice').text()).toContain('sector');
  });

  it('shows an error with a retry button that tries again', async () => {
    const answer = api({ '/api/entries': searchAnswer([guizhouSummary]) });
    let searches = 0;
    fetchMock.mockImplementation(async (input) => {
      if (String(input).startsWith('/api/entries') && searches++ === 0) throw new TypeError('Failed to fetch');
      return answer(input as string);
    });
    const { wrapper } = await mountAt('/en/entries');
    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toContain('The server could not be reached');
    await alert.find('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.findAll('.entry-card')).toHaveLength(1);
  });

  it('keeps a sector code an admin added and labels its facet from the live terms', async () => {
    const answer = searchAnswer([guizhouSummary], 1);
    answer.facets.sector = facet(['industry', 1], ['industry.glass', 1]);
    fetchMock.mockImplementation(
      api({
        '/api/entries': answer,
        '/api/taxonomies': { sectors: [publicTerm('industry', 'Industry', '工业'), publicTerm('industry.glass', 'Flat glass', '平板玻璃', 'industry')] },
      }),
    );
    const { wrapper } = await mountAt('/en/entries?sector=industry.glass');
    await settle();
    expect(
      calls()
        .filter((c) => c.startsWith('/api/entries'))
        .every((c) => c.includes('sector=industry.glass')),
    ).toBe(true);
    expect(wrapper.text()).not.toContain('were ignored');
    expect(
      wrapper
        .findAll('.facet-tree__row')
        .map((r) => r.text())
        .some((x) => x.includes('Flat glass')),
    ).toBe(true);
    expect(wrapper.text()).toContain('Sector: Flat glass');
  });

  it('is in Chinese under /zh', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': searchAnswer([guizhouSummary], 1) }));
    const { wrapper } = await mountAt('/zh/entries');
    expect(wrapper.find('h1').text()).toBe('检索政策、行动与报告');
    expect(wrapper.find('label[for="explorer-q"]').text()).toBe('搜索标题和摘要（中英文均可）');
    expect(wrapper.findAll('.facet__title').map((f) => f.text())).toContain('行业');
    expect(wrapper.find('.entry-card h2').text()).toBe('贵州省减污降碳协同增效实施方案');
    expect(wrapper.find('.entry-card').text()).toContain('贵州省');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('zh');
  });
});

describe('home page', () => {
  const stats: Stats = {
    total: 5,
    undated: 3,
    byYear: [{ year: 2023, count: 2 }],
    bySector: [{ code: 'energy', count: 2 }],
    byLevel: [
      { code: 'national', count: 1 },
      { code: 'provincial', count: 4 },
    ],
    byProvince: [
      { code: '520000', count: 1 },
      { code: '460000', count: 1 },
    ],
  };

  it('shows counts, latest entries and charts with table alternatives, but no newsletter while its API is missing', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': pageOf([guizhouSummary], 5), '/api/stats': stats }));
    const { wrapper } = await mountAt('/en');
    await vi.waitFor(() => expect(wrapper.find('.china-map').exists()).toBe(true), { timeout: 5000 }); // the map loads lazily
    expect(wrapper.find('.headline-counts').text()).toContain('Provinces with entries');
    expect(wrapper.findAll('.entry-card')).toHaveLength(1);
    expect(wrapper.find('#newsletter-title').exists()).toBe(false);
    const figures = wrapper.findAll('figure.chart-figure');
    expect(figures.map((f) => f.find('.chart-figure__title').text())).toEqual(['Entries by province', 'Entries by year of issue', 'Entries by sector']);
    const map = figures[0]!;
    expect(map.find('.chart[role="img"]').attributes('aria-label')).toContain('2 provinces have entries');
    const guizhou = map.findAll('tbody tr').find((r) => r.text().includes('Guizhou'))!;
    expect(guizhou.find('a').attributes('href')).toBe('/en/regions/520000');
    expect(figures[1]!.text()).toContain('Not shown: 3 entries without a date of issue.');
    expect(figures[2]!.find('tbody a').attributes('href')).toBe('/en/entries?sector=energy');
  });

  it('shows the latest newsletter once its API answers', async () => {
    fetchMock.mockImplementation(
      api({
        '/api/entries': pageOf([guizhouSummary], 5),
        '/api/stats': stats,
        '/api/newsletters': { items: [issueAnswer(1, [guizhouSummary.slug])], total: 1, page: 1, pageSize: 20 },
      }),
    );
    const { wrapper } = await mountAt('/en');
    const card = wrapper.find('.newsletter-card');
    expect(card.find('h2').text()).toBe('Latest newsletter');
    expect(card.text()).toContain('Issue 1');
    expect(card.find('.newsletter-card__entries a').attributes('href')).toBe(`/en/entries/${guizhouSummary.slug}`);
    expect(card.find('a[href="/en/briefings/1"]').text()).toBe('Read the whole issue');
  });

  it('toggles a chart to its table', async () => {
    fetchMock.mockImplementation(api({ '/api/entries': pageOf([guizhouSummary], 5), '/api/stats': stats }));
    const { wrapper } = await mountAt('/en');
    const fig = wrapper.findAll('figure.chart-figure')[1]!;
    expect(fig.find('.chart-figure__table').classes()).toContain('sr-table');
    await fig.find('button[aria-pressed]').trigger('click');
    expect(fig.find('button[aria-pressed]').attributes('aria-pressed')).toBe('true');
    expect(fig.find('.chart-figure__table').classes()).not.toContain('sr-table');
    expect(fig.find('.chart').exists()).toBe(false);
  });
});

describe('region pages', () => {
  const gz = place('520000', 'province', 'Guizhou', '贵州省');
  const guizhou: RegionPage = {
    region: { ...gz, en: 'Guizhou Province', zhShort: '贵州', parent: 'CN', count: 1, ownCount: 1 },
    total: 1,
    includesSubregions: true,
    ancestors: [place('CN', 'country', 'China', '中国')],
    bySector: [{ code: 'environment', parent: null, en: 'Environment', zh: '环境', count: 1 }],
    byYear: [{ year: 2023, count: 1 }],
    latest: [guizhouSummary],
    targets: [
      targetAnswer(gz, {
        sourceText: 'By 2025, CO₂ emissions per unit of GDP will drop by 18% compared with 2020.',
        entry: { slug: guizhouSummary.slug, title: guizhouSummary.title, issuedOn: null, documentNumber: null },
      }),
    ],
    targetTotal: 1,
    children: [{ ...place('520100', 'city', 'Guiyang', '贵阳市'), count: 0, ownCount: 0, children: [] }],
  };
  const ci2025 = targetTable([
    targetAnswer(gz),
    targetAnswer(place('210000', 'province', 'Liaoning', '辽宁省')),
    targetAnswer(place('510700', 'city', 'Mianyang', '绵阳市'), { value: 19 }),
  ]);

  it('shows a province with its target, how it compares, its cities and latest entries', async () => {
    fetchMock.mockImplementation(api({ '/api/regions/520000': guizhou, '/api/targets': ci2025 }));
    const { wrapper } = await mountAt('/en/regions/520000');
    expect(wrapper.find('h1').text()).toBe('Guizhou');
    expect(wrapper.find('.entry__alt-title').text()).toBe('贵州省');
    const row = wrapper.find('table.target-rows tbody tr');
    expect(row.text()).toContain('Carbon intensity');
    expect(row.text()).toContain('a reduction of 18%');
    expect(row.text()).toContain('2020');
    // The comparison loads after the page (its own chunk and request).
    await vi.waitFor(() => expect(calls()).toContain('/api/targets?metric=carbon_intensity&targetYear=2025&pageSize=1000'), { timeout: 5000 });
    await vi.waitFor(() => expect(wrapper.find('.target-comparison').text()).toContain('ranked'), { timeout: 5000 });
    const comparison = wrapper.find('.target-comparison');
    expect(comparison.text()).toContain('ranked 2 of 3 places');
    expect(comparison.find('tr.is-highlight').text()).toContain('Guizhou');
    expect(wrapper.find('.subregions').text()).toContain('Guiyang');
    expect(document.title).toBe('Guizhou · dualcarbon');
  });

  it('lists provinces on the regions index', async () => {
    const node = (code: string, kind: RegionNode['kind'], en: string, zh: string, count: number, children: RegionNode[] = []): RegionNode => ({
      ...place(code, kind, en, zh),
      count,
      ownCount: count,
      children,
    });
    const tree = node('CN', 'country', 'China', '中国', 31, [
      node('520000', 'province', 'Guizhou', '贵州省', 1),
      node('440000', 'province', 'Guangdong', '广东省', 3, [node('441900', 'city', 'Dongguan', '东莞市', 1)]),
    ]);
    fetchMock.mockImplementation(api({ '/api/regions': tree }));
    const { wrapper } = await mountAt('/zh/regions');
    const items = wrapper.findAll('.region-grid__item');
    expect(items[0]!.text()).toContain('广东省');
    expect(items[0]!.text()).toContain('1 个城市或园区');
    expect(items[0]!.find('a').attributes('href')).toBe('/zh/regions/440000');
  });
});

describe('targets explorer', () => {
  it('shows every place’s target for a metric and year with links to the source entries', async () => {
    fetchMock.mockImplementation(
      api({
        '/api/metrics': { items: [metricSummary('carbon_intensity', [2025, 2030], 5)] },
        '/api/targets': targetTable([
          targetAnswer(place('520000', 'province', 'Guizhou', '贵州省'), {
            entry: { slug: 'guizhou-plan', title: { en: 'Guizhou plan' }, issuedOn: null, documentNumber: null },
          }),
          targetAnswer(place('510700', 'city', 'Mianyang', '绵阳市'), {
            value: 19,
            entry: { slug: 'mianyang-plan', title: { en: 'Mianyang plan' }, issuedOn: null, documentNumber: null },
          }),
        ]),
      }),
    );
    const { wrapper } = await mountAt('/en/targets?metric=carbon_intensity&targetYear=2025');
    expect(calls()).toContain('/api/targets?metric=carbon_intensity&targetYear=2025&pageSize=1000');
    const rows = wrapper.findAll('table.target-rows tbody tr');
    expect(rows.map((r) => r.find('th').text())).toEqual(['Guizhou', 'Mianyang']);
    expect(rows[1]!.find('a[href="/en/entries/mianyang-plan"]').exists()).toBe(true);
    expect(rows[0]!.find('th a').attributes('href')).toBe('/en/regions/520000');
    expect((wrapper.find('select[name="targetYear"]').element as HTMLSelectElement).value).toBe('2025');
    expect(wrapper.find('figure .chart').attributes('aria-label')).toContain('Mianyang: −19%');
  });

  it('lists peak years and "as assigned" targets in the table, with numbers only in the chart', async () => {
    const hubei = place('420000', 'province', 'Hubei', '湖北省');
    const guangdong = place('440000', 'province', 'Guangdong', '广东省');
    const noNumber = { value: null, unit: null, baseYear: null } as const;
    const assigned = { ...noNumber, metric: 'energy_intensity', comparison: 'assigned' } as const;
    const peak = { ...noNumber, metric: 'co2_emissions', comparison: 'peak', qualifier: 'before', targetYear: 2030 } as const;
    const byMetric: Record<string, unknown> = {
      energy_intensity: targetTable([
        targetAnswer(hubei, { metric: 'energy_intensity', value: 13.5 }),
        targetAnswer(guangdong, assigned),
        targetAnswer(place('420100', 'city', 'Wuhan', '武汉市'), assigned),
      ]),
      co2_emissions: targetTable([targetAnswer(hubei, peak), targetAnswer(guangdong, { ...peak, strive: true })]),
    };
    const routes = api({ '/api/metrics': { items: [metricSummary('energy_intensity', [2025], 3), metricSummary('co2_emissions', [2028, 2030], 3)] } });
    fetchMock.mockImplementation(async (input: string | URL | Request) => {
      const url = new URL(String(input), 'http://x');
      return url.pathname === '/api/targets' ? jsonResponse(byMetric[url.searchParams.get('metric')!]) : routes(input);
    });
    const { wrapper } = await mountAt('/en/targets?metric=energy_intensity&targetYear=2025');
    const values = wrapper.findAll('table.target-rows tbody tr').map((r) => [r.find('th').text(), r.find('td.value').text()]);
    expect(values).toEqual([
      ['Hubei', 'a reduction of 13.5%'],
      ['Guangdong', 'As assigned by the state'],
      ['Wuhan', 'As assigned by the province'],
    ]);
    expect(wrapper.find('figure .chart').attributes('aria-label')).toBe('Energy intensity (energy per unit of GDP): targets for 2025. Hubei: −13.5%');
    expect(wrapper.find('.targets-result__without-number').text()).toBe('Without a number of their own: Guangdong, Wuhan. They are listed in the table.');

    const peaks = await mountAt('/zh/targets?metric=co2_emissions&targetYear=all');
    expect(calls()).toContain('/api/targets?metric=co2_emissions&pageSize=1000');
    expect(peaks.wrapper.findAll('table.target-rows tbody tr').map((r) => r.find('td.value').text())).toEqual(['2030年前达峰', '力争2030年前达峰']);
    expect((peaks.wrapper.find('select[name="targetYear"]').element as HTMLSelectElement).value).toBe('all');
    expect(peaks.wrapper.find('figure .chart').exists()).toBe(false);
    expect(peaks.wrapper.find('.targets-result__without-number').exists()).toBe(false);
  });
});

describe('entry page', () => {
  it('shows both titles, facts, targets and a fallback-marked key point', async () => {
    fetchMock.mockImplementation(async (url) =>
      String(url).endsWith(guizhouDetail.slug) ? jsonResponse(guizhouDetail) : jsonResponse({ statusCode: 404 }, 404),
    );
    const { wrapper } = await mountAt(`/en/entries/${guizhouDetail.slug}`);
    expect(wrapper.find('h1').text()).toContain('Synergistic Reduction');
    expect(wrapper.find('.entry__alt-title [lang="zh-CN"]').text()).toBe('贵州省减污降碳协同增效实施方案');
    expect(wrapper.find('.targets-table').text()).toContain('2020');
    expect(wrapper.find('.targets-table').text()).toContain('Peak before 2030');
    expect(wrapper.find('.facts').text()).toContain('黔府发〔2023〕5号');
    expect(wrapper.find('.facts').text()).toContain('2023–2030');
    // the generic 'provincial_dept' code, named from the entry's jurisdiction (Guizhou)
    expect(wrapper.find('.facts').text()).toContain("Department of the Guizhou Provincial People's Government");
    const points = wrapper.findAll('.key-points li');
    expect(points[1]!.find('.lang-badge').exists()).toBe(true);
    const source = wrapper.find('.source-list a');
    expect(source.attributes('rel')).toContain('noopener');
    expect(source.attributes('href')).toBe('https://example.gov.cn/plan.html');
    // relation falls back to its slug when the related entry cannot be loaded
    expect(wrapper.find('.relation-list a').attributes('href')).toBe('/en/entries/national-synergy-plan');
    expect(wrapper.find('.relation-list a').text()).toBe('national-synergy-plan');
    expect(document.title).toContain('Synergistic Reduction');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('Guizhou sets out');
    // where it applies, how to cite it, and what search engines read
    expect(wrapper.findAll('.breadcrumb li').map((li) => li.text())).toEqual(['China', 'Guizhou']);
    expect(wrapper.find('.breadcrumb a').attributes('href')).toBe('/en/regions/CN');
    expect(wrapper.find('.breadcrumb__level').text()).toBe('Provincial');
    expect(wrapper.find('#cite-bibtex-label').text()).toBe('BibTeX');
    expect(wrapper.find('.cite pre.copy-block__text--mono').text()).toContain('@misc{dualcarbon-guizhou-pollution-carbon-synergy-implementation-plan,');
    const ld = JSON.parse(document.head.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld).toMatchObject({ '@type': 'Legislation', name: guizhouDetail.title.en, legislationJurisdiction: { identifier: '520000' } });
    wrapper.unmount();
    expect(document.head.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it('shows a 404 for an unknown slug', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ statusCode: 404, code: 'entry/not_found', message: 'Not found' }, 404));
    const { wrapper } = await mountAt('/en/entries/does-not-exist');
    expect(wrapper.find('h1').text()).toBe('Entry not found');
    expect(wrapper.text()).toContain('does-not-exist');
    expect(document.title).toBe('Entry not found · dualcarbon');
  });
});

describe('routing', () => {
  it('redirects / to the saved language', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'zh');
    fetchMock.mockResolvedValue(jsonResponse(pageOf([])));
    const { router } = await mountAt('/');
    expect(router.currentRoute.value.fullPath).toBe('/zh');
  });

  it('adds the language to a path without one and shows a 404 for unknown pages', async () => {
    const { router, wrapper } = await mountAt('/some/deep/link');
    expect(router.currentRoute.value.fullPath).toBe('/en/some/deep/link');
    expect(wrapper.find('h1').text()).toBe('Page not found');
  });
});
