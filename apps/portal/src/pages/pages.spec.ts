import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { guizhouDetail, guizhouSummary, jsonResponse, pageOf } from '@/test/fixtures';
import { mountAt } from '@/test/mountApp';
import { LANG_STORAGE_KEY } from '@/stores/locale';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  localStorage.clear();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('entries page', () => {
  it('lists entries with title, region, level, instrument, date and sector chips', async () => {
    fetchMock.mockResolvedValue(jsonResponse(pageOf([guizhouSummary], 1)));
    const { wrapper } = await mountAt('/en/entries');
    const card = wrapper.find('.entry-card');
    expect(card.find('h2 a').attributes('href')).toBe(`/en/entries/${guizhouSummary.slug}`);
    expect(card.text()).toContain('Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou');
    expect(card.text()).toContain('Guizhou');
    expect(card.text()).toContain('Provincial');
    expect(card.text()).toContain('Implementation plan');
    expect(card.find('time').attributes('datetime')).toBe('2023-02-10');
    expect(card.findAll('.chip').map((c) => c.text())).toEqual(['Industry', 'Energy and power']);
    expect(document.title).toBe('Entries · dualcarbon');
  });

  it('reads the page number from the URL and links to the other pages', async () => {
    fetchMock.mockResolvedValue(jsonResponse(pageOf([guizhouSummary], 45, 2)));
    const { wrapper } = await mountAt('/en/entries?page=2');
    expect(fetchMock).toHaveBeenCalledWith('/api/entries?page=2&pageSize=20', expect.anything());
    expect(wrapper.find('[aria-current="page"]').text()).toBe('2');
    expect(wrapper.find('a[rel="prev"]').attributes('href')).toBe('/en/entries');
    expect(wrapper.find('a[rel="next"]').attributes('href')).toBe('/en/entries?page=3');
  });

  it('shows a helpful empty state', async () => {
    fetchMock.mockResolvedValue(jsonResponse(pageOf([], 0)));
    const { wrapper } = await mountAt('/en/entries');
    expect(wrapper.find('.state--empty').text()).toContain('No entries have been published yet.');
  });

  it('explains a page number past the end and links back to page 1', async () => {
    fetchMock.mockResolvedValue(jsonResponse(pageOf([], 31, 99)));
    const { wrapper } = await mountAt('/en/entries?page=99');
    expect(wrapper.find('.state--empty').text()).toContain('There is no page 99.');
    expect(wrapper.find('.state--empty a').attributes('href')).toBe('/en/entries');
    expect(wrapper.find('nav.pagination').exists()).toBe(false);
  });

  it('shows an error with a retry button that tries again', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { wrapper } = await mountAt('/en/entries');
    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toContain('The server could not be reached');
    fetchMock.mockResolvedValueOnce(jsonResponse(pageOf([guizhouSummary])));
    await alert.find('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.findAll('.entry-card')).toHaveLength(1);
  });

  it('is in Chinese under /zh', async () => {
    fetchMock.mockResolvedValue(jsonResponse(pageOf([guizhouSummary], 1)));
    const { wrapper } = await mountAt('/zh/entries');
    expect(wrapper.find('h1').text()).toBe('政策、行动与报告');
    expect(wrapper.find('.entry-card h2').text()).toBe('贵州省减污降碳协同增效实施方案');
    expect(wrapper.find('.entry-card').text()).toContain('贵州省');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('zh');
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
