/**
 * The views that make the data comparable: target facets and the implementation badge in the explorer,
 * a national document's implementation across China, links from an entry to its places, and the targets
 * page's level filter, sorting, national reference and downloads.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { buildImplementation, type ImplementerRow } from '@dualcarbon/domain';
import type { EntryDetail } from '@/api/types';
import { facet, guizhouDetail, guizhouSummary, jsonResponse, searchAnswer, targetAnswer } from '@/test/fixtures';
import { fakeApi, installFetch, settle, stubCharts } from '@/test/fakeApi';
import { mountAt } from '@/test/mountApp';

stubCharts();
vi.mock('@/assets/map/china.json', () => ({ default: {} }));

let fetchMock: ReturnType<typeof installFetch>;
const calls = () => fetchMock.mock.calls.map((c) => String(c[0]));

beforeEach(() => {
  fetchMock = installFetch();
  localStorage.clear();
});
afterEach(() => {
  document.body.innerHTML = '';
});

const NATIONAL: EntryDetail = {
  ...guizhouDetail,
  slug: 'carbon-dioxide-peaking-action-plan-before-2030',
  title: { en: 'Action Plan for Carbon Dioxide Peaking Before 2030', zh: '2030年前碳达峰行动方案' },
  jurisdiction: 'CN',
  region: { code: 'CN', parent: null, kind: 'country', en: 'China', zh: '中国', enShort: 'China', zhShort: '中国' },
  level: 'national',
  targets: [],
  relations: [],
};
const place = (code: string, kind: 'country' | 'province' | 'city', en: string, zh: string) => ({ code, kind, en, zh, enShort: en, zhShort: zh });
const LEVEL_OF = { country: 'national', province: 'provincial', city: 'city' } as const;
const implementer = (slug: string, p: ReturnType<typeof place>, patch: Partial<ImplementerRow> = {}): ImplementerRow => ({
  slug,
  title: { en: `${p.en} peaking plan`, zh: `${p.zh}碳达峰实施方案` },
  jurisdiction: p,
  level: LEVEL_OF[p.kind],
  issuedOn: null,
  via: null,
  targets: [],
  ...patch,
});
const IMPLEMENTATION = buildImplementation({ slug: NATIONAL.slug, title: NATIONAL.title, jurisdiction: 'CN', level: 'national' }, [
  implementer('guangdong-carbon-peaking-implementation-plan', place('440000', 'province', 'Guangdong', '广东省'), {
    issuedOn: '2022-06-23',
    targets: [
      { metric: 'non_fossil_share', comparison: 'share', targetYear: 2025, value: 32, unit: '%', qualifier: 'at_least', strive: true },
      { metric: 'carbon_intensity', comparison: 'reduction', targetYear: 2025, value: 20.5, unit: '%', baseYear: 2020, qualifier: 'exact', strive: false },
      { metric: 'energy_intensity', comparison: 'assigned', targetYear: 2025, qualifier: 'exact', strive: false },
      { metric: 'co2_emissions', comparison: 'peak', targetYear: 2030, qualifier: 'before', strive: false },
    ],
  }),
  implementer('shenzhen-carbon-peaking-plan', place('440300', 'city', 'Shenzhen', '深圳市'), {
    via: 'guangdong-carbon-peaking-implementation-plan',
    issuedOn: '2023-01-10',
    targets: [{ metric: 'carbon_intensity', comparison: 'assigned', targetYear: 2025, qualifier: 'exact', strive: false }],
  }),
  implementer('hebei-carbon-peaking-implementation-plan', place('130000', 'province', 'Hebei', '河北省')),
  implementer('industry-carbon-peaking-implementation-plan', place('CN', 'country', 'China', '中国'), { issuedOn: '2022-07-07' }),
]);

describe('explorer: targets by metric and year, and the implementation badge', () => {
  const answer = () => {
    const a = searchAnswer([
      { ...NATIONAL, implementedBy: { entries: 21, provinces: 20 } },
      { ...guizhouSummary, implementedBy: null },
    ]);
    Object.assign(a.facets, {
      targetYear: facet(['2030', 9], ['2025', 12]),
      targetMetric: facet(['non_fossil_share', 7], ['carbon_intensity', 10]),
    });
    return a;
  };

  it('offers target years (soonest first) and metrics (by count, labelled) as facets that go into the URL and the API query', async () => {
    fetchMock.mockImplementation(fakeApi({ '/api/entries': answer() }));
    const { wrapper, router } = await mountAt('/en/entries');
    await vi.waitFor(() => expect(wrapper.find('input[name="targetYear"]').exists()).toBe(true), { timeout: 5000 }); // the facet panel loads beside the search
    const years = wrapper.findAll('input[name="targetYear"]');
    expect(years.map((y) => y.element.closest('label')!.textContent!.replace(/\s+/g, ''))).toEqual(['2025(12entries)', '2030(9entries)']);
    const metrics = wrapper.findAll('input[name="targetMetric"]').map((m) => m.element.closest('label')!.querySelector('.facet-option__label')!.textContent);
    expect(metrics).toEqual(['Carbon intensity (CO₂ per unit of GDP)', 'Non-fossil share of energy consumption']);

    await wrapper.find('input[name="targetYear"][value="2025"]').trigger('change');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/en/entries?targetYear=2025');
    await wrapper.find('input[name="targetMetric"][value="non_fossil_share"]').trigger('change');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/en/entries?targetMetric=non_fossil_share&targetYear=2025');
    expect(calls()).toContain('/api/entries?targetMetric=non_fossil_share&targetYear=2025');
    expect(wrapper.findAll('.filter-chip').map((c) => c.text())).toEqual([
      'Target metric: Non-fossil share of energy consumption×(remove this filter)',
      'Target year: 2025×(remove this filter)',
    ]);
  });

  it('links a national document implemented across provinces to its implementation section', async () => {
    fetchMock.mockImplementation(fakeApi({ '/api/entries': answer() }));
    const { wrapper } = await mountAt('/en/entries');
    const badges = wrapper.findAll('[data-testid="implemented-by"]');
    expect(badges).toHaveLength(1);
    expect(badges[0]!.text()).toBe('Implemented in 20 provinces');
    expect(badges[0]!.attributes('href')).toBe(`/en/entries/${NATIONAL.slug}#implementation`);
    const zh = await mountAt('/zh/entries');
    expect(zh.wrapper.find('[data-testid="implemented-by"]').text()).toBe('20个省份已落实');
  });
});

describe('entry page: implementation across China', () => {
  const routes = { [`/api/entries/${NATIONAL.slug}`]: NATIONAL, [`/api/entries/${NATIONAL.slug}/implementation`]: IMPLEMENTATION };

  it('maps and lists the provinces implementing a national document, and those without a plan', async () => {
    fetchMock.mockImplementation(fakeApi(routes));
    const { wrapper } = await mountAt(`/en/entries/${NATIONAL.slug}`);
    await vi.waitFor(() => expect(wrapper.find('section#implementation').exists()).toBe(true), { timeout: 5000 }); // loaded with the page's data
    await settle();
    const section = wrapper.find('section#implementation');
    expect(section.find('h2').text()).toBe('Implementation across China');
    expect(section.find('[data-testid="implementation-summary"]').text()).toBe('Implemented by 4 entries in 2 of 31 provinces.');
    // The map's table: every province, with its count.
    const mapRows = section.findAll('figure .data-table tbody tr');
    expect(mapRows).toHaveLength(31);
    expect(mapRows.find((r) => r.text().includes('Guangdong'))!.text()).toContain('2');
    // By province: Guangdong's own plan, then Shenzhen's through it; headline targets in words.
    const guangdong = section.find('tbody[data-code="440000"]');
    expect(guangdong.find('th a').attributes('href')).toBe('/en/regions/440000');
    const [gd, sz] = guangdong.findAll('tr');
    expect(gd!.find('td a').attributes('href')).toBe('/en/entries/guangdong-carbon-peaking-implementation-plan');
    expect(gd!.find('time').attributes('datetime')).toBe('2022-06-23');
    // The peak year first, then intensities and the non-fossil share, each as the domain words it.
    expect(gd!.findAll('.implementation__targets li').map((l) => l.text())).toEqual([
      'Peak before 2030',
      'Carbon intensity (CO₂ per unit of GDP): a reduction of 20.5% vs 2020 by 2025',
      'Energy intensity (energy per unit of GDP): As assigned by the state, by 2025',
      'Non-fossil share of energy consumption: strive to reach at least 32% by 2025',
    ]);
    // A city's target "as assigned" is assigned by its province.
    expect(sz!.find('.implementation__targets').text()).toContain('As assigned by the province, by 2025');
    expect(sz!.text()).toContain('Shenzhen');
    expect(sz!.find('.implementation__via a').attributes('href')).toBe('/en/entries/guangdong-carbon-peaking-implementation-plan');
    expect(sz!.find('.implementation__via').text()).toContain('through Guangdong peaking plan');
    const missing = section.findAll('[data-testid="implementation-missing"] li');
    expect(missing).toHaveLength(29);
    expect(missing.map((m) => m.attributes('data-code'))).not.toContain('440000');
    expect(
      missing
        .find((m) => m.attributes('data-code') === '650000')!
        .find('a')
        .attributes('href'),
    ).toBe('/en/regions/650000');
    expect(section.find('.implementation__national').text()).toContain('China peaking plan');
  });

  it('reads naturally in Chinese', async () => {
    fetchMock.mockImplementation(fakeApi(routes));
    const { wrapper } = await mountAt(`/zh/entries/${NATIONAL.slug}`);
    await vi.waitFor(() => expect(wrapper.find('section#implementation').exists()).toBe(true), { timeout: 5000 });
    const section = wrapper.find('section#implementation');
    expect(section.find('h2').text()).toBe('各地落实情况');
    expect(section.find('[data-testid="implementation-summary"]').text()).toBe('已有2个省份（共31个）的4项文件落实本文件。');
    expect(section.find('tbody[data-code="440000"] th').text()).toBe('广东省');
    expect(
      section
        .findAll('tbody[data-code="440000"] tr')[0]!
        .findAll('.implementation__targets li')
        .map((l) => l.text()),
    ).toEqual([
      '2030年前达峰',
      '单位GDP二氧化碳排放：到2025年比2020年下降20.5%',
      '单位GDP能耗：到2025年完成国家下达指标',
      '非化石能源消费比重：到2025年力争达到32%以上',
    ]);
    expect(section.text()).toContain('尚无落实文件（29个省份）');
  });

  it('stays away when nothing implements the document, and is not asked for below national level', async () => {
    fetchMock.mockImplementation(fakeApi({ ...routes, [`/api/entries/${NATIONAL.slug}/implementation`]: buildImplementation(IMPLEMENTATION.entry, []) }));
    const { wrapper } = await mountAt(`/en/entries/${NATIONAL.slug}`);
    await settle();
    expect(wrapper.find('section#implementation').exists()).toBe(false);

    fetchMock.mockReset();
    fetchMock.mockImplementation(fakeApi({ [`/api/entries/${guizhouDetail.slug}`]: guizhouDetail }));
    await mountAt(`/en/entries/${guizhouDetail.slug}`);
    await settle();
    expect(calls().some((c) => c.endsWith('/implementation'))).toBe(false);
  });
});

describe('entry page: links to its places', () => {
  it("links a provincial entry's breadcrumb and Region fact to its province page", async () => {
    fetchMock.mockImplementation(async (url) =>
      String(url).endsWith(guizhouDetail.slug) ? jsonResponse(guizhouDetail) : jsonResponse({ statusCode: 404 }, 404),
    );
    const { wrapper } = await mountAt(`/en/entries/${guizhouDetail.slug}`);
    expect(wrapper.findAll('.breadcrumb a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['China', '/en/regions/CN'],
      ['Guizhou', '/en/regions/520000'],
    ]);
    expect(wrapper.find('[data-testid="fact-region"]').attributes('href')).toBe('/en/regions/520000');
    expect(wrapper.find('[data-testid="fact-province"]').exists()).toBe(false);
  });

  it("links a city's entry to both its city and its province", async () => {
    const shenzhen: EntryDetail = {
      ...guizhouDetail,
      slug: 'shenzhen-plan',
      jurisdiction: '440300',
      level: 'city',
      region: { code: '440300', parent: '440000', kind: 'city', en: 'Shenzhen City', zh: '深圳市', enShort: 'Shenzhen', zhShort: '深圳' },
    };
    fetchMock.mockImplementation(async (url) => (String(url).endsWith('shenzhen-plan') ? jsonResponse(shenzhen) : jsonResponse({ statusCode: 404 }, 404)));
    const { wrapper } = await mountAt('/zh/entries/shenzhen-plan');
    expect(wrapper.findAll('.breadcrumb a').map((a) => a.attributes('href'))).toEqual(['/zh/regions/CN', '/zh/regions/440000', '/zh/regions/440300']);
    expect(wrapper.find('[data-testid="fact-region"]').attributes('href')).toBe('/zh/regions/440300');
    const province = wrapper.find('[data-testid="fact-province"]');
    expect([province.text(), province.attributes('href')]).toEqual(['广东省', '/zh/regions/440000']);
    expect(province.element.parentElement!.textContent!.replace(/\s+/g, '')).toBe('深圳市（广东省）');
  });
});

describe('targets page: places of one level, sorted, against the national target, downloadable', () => {
  const target = (p: ReturnType<typeof place>, value: number, slug: string) =>
    targetAnswer(p, { value, entry: { slug, title: { en: slug }, issuedOn: null, documentNumber: null } });
  const routes = {
    '/api/metrics': { items: [{ code: 'carbon_intensity', targetYears: [2025], targetCount: 4 }] },
    '/api/targets': {
      rows: [
        target(place('CN', 'country', 'China', '中国'), 18, 'national-plan'),
        target(place('520000', 'province', 'Guizhou', '贵州省'), 18, 'guizhou-plan'),
        target(place('210000', 'province', 'Liaoning', '辽宁省'), 17.5, 'liaoning-plan'),
        target(place('510700', 'city', 'Mianyang', '绵阳市'), 19, 'mianyang-plan'),
      ],
      observations: [],
    },
  };
  const places = (w: Awaited<ReturnType<typeof mountAt>>['wrapper']) => w.findAll('table.target-rows tbody tr th').map((th) => th.text());

  it('reads the national target apart and draws it across the bars', async () => {
    fetchMock.mockImplementation(fakeApi(routes));
    const { wrapper } = await mountAt('/en/targets?metric=carbon_intensity&targetYear=2025');
    await settle();
    expect(wrapper.find('[data-testid="national-target"]').text()).toContain('National target: a reduction of 18% vs 2020 by 2025');
    expect(wrapper.find('[data-testid="national-target"] a').attributes('href')).toBe('/en/entries/national-plan');
    // The table lists the country with the places (first, marked); the chart draws it as a line, not a bar.
    expect(places(wrapper)).toEqual(['China', 'Guizhou', 'Liaoning', 'Mianyang']);
    expect(wrapper.find('table.target-rows tbody tr.is-highlight th').text()).toBe('China');
    expect(wrapper.find('figure .chart').attributes('aria-label')).toContain('National target: −18%, Mianyang: −19%');
    expect(wrapper.find('figure .chart').attributes('aria-label')).not.toContain('China');
  });

  it('filters provinces or cities through the URL, and downloads the same selection', async () => {
    fetchMock.mockImplementation(fakeApi(routes));
    const { wrapper, router } = await mountAt('/en/targets?metric=carbon_intensity&targetYear=2025');
    await settle();
    expect(wrapper.find('a[data-format="csv"]').attributes('href')).toBe('/api/export/targets.csv?metric=carbon_intensity&targetYear=2025');
    const level = wrapper.find('select[name="level"]');
    expect(level.findAll('option').map((o) => o.text())).toEqual(['All places', 'Provinces', 'Cities']);
    await level.setValue('city');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ metric: 'carbon_intensity', targetYear: '2025', level: 'city' });
    expect(places(wrapper)).toEqual(['Mianyang']);
    expect(wrapper.find('a[data-format="json"]').attributes('href')).toBe('/api/export/targets.json?metric=carbon_intensity&targetYear=2025&kind=city');
    // The national line stays whatever the level.
    expect(wrapper.find('[data-testid="national-target"]').exists()).toBe(true);
  });

  it('sorts by value and by place from the column headers, in both directions', async () => {
    fetchMock.mockImplementation(fakeApi(routes));
    const { wrapper, router } = await mountAt('/en/targets?metric=carbon_intensity&targetYear=2025');
    await settle();
    await wrapper.find('button[data-sort="value"]').trigger('click');
    await settle();
    expect(router.currentRoute.value.query.sort).toBe('value');
    expect(places(wrapper)).toEqual(['Liaoning', 'China', 'Guizhou', 'Mianyang']);
    expect(wrapper.find('button[data-sort="value"]').element.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await wrapper.find('button[data-sort="value"]').trigger('click');
    await settle();
    expect(places(wrapper)).toEqual(['Mianyang', 'China', 'Guizhou', 'Liaoning']);
    expect(wrapper.find('button[data-sort="value"]').element.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    await wrapper.find('button[data-sort="place"]').trigger('click');
    await settle();
    expect(router.currentRoute.value.query.sort).toBe('place');
    expect(places(wrapper)).toEqual(['China', 'Guizhou', 'Liaoning', 'Mianyang']);
    const zh = await mountAt('/zh/targets?metric=carbon_intensity&targetYear=2025&sort=place&level=province');
    await settle();
    expect(zh.wrapper.find('a[data-format="csv"]').attributes('href')).toBe(
      '/api/export/targets.csv?metric=carbon_intensity&targetYear=2025&kind=province&lang=zh',
    );
    // guì, liáo (the country and cities left out at this level)
    expect(places(zh.wrapper)).toEqual(['贵州省', '辽宁省']);
    const zhAll = await mountAt('/zh/targets?metric=carbon_intensity&targetYear=2025&sort=place');
    await settle();
    // guì, liáo, mián, zhōng
    expect(places(zhAll.wrapper)).toEqual(['贵州省', '辽宁省', '绵阳市', '中国']);
  });
});
