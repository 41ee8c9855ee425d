import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { jsonResponse } from '@/test/fixtures';
import { mountAt } from '@/test/mountApp';

const ISSUE = {
  number: 1,
  title: { en: 'China Carbon Neutrality Tracker Newsletter', zh: '中国碳中和追踪简报' },
  periodFrom: '2023-12-01',
  periodTo: '2024-01-31',
  intro: { en: 'This bi-monthly newsletter…' },
  // The credit of the original's header image, which the portal does not show.
  imageCredit: { en: 'Source: Windmill on Unsplash' },
  sections: [
    {
      code: 'top_news',
      title: { en: 'Top News', zh: '要闻' },
      lead: { en: 'Highlights' },
      groups: [
        {
          heading: { en: 'Beautiful China' },
          items: [
            {
              entry: 'beautiful-china-opinions',
              title: { en: 'Opinions on Beautiful China' },
              blurb: { en: 'The Opinions on Beautiful China aim high.' },
              bullets: [{ en: 'Develop an inventory.' }],
            },
          ],
        },
      ],
    },
    {
      code: 'subnational_updates',
      title: { en: 'Subnational Updates' },
      lead: {},
      groups: [
        {
          heading: { en: 'Hydrogen' },
          items: [
            { entry: 'hainan-hydrogen', title: { en: 'Hainan hydrogen plan', zh: '海南氢能规划' }, blurb: { en: 'Hainan plans hydrogen.' }, bullets: [] },
          ],
        },
      ],
    },
  ],
  publishedAt: '2024-02-05T00:00:00.000Z',
  links: { markdown: '/api/newsletters/1.md', emailHtml: '/api/newsletters/1/email.html', feed: '/api/feeds/newsletters.atom' },
};

const fetchMock = vi.fn<typeof fetch>();
const settle = async () => {
  await new Promise((r) => setTimeout(r, 20));
  await flushPromises();
};

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  localStorage.clear();
  fetchMock.mockImplementation(async (input) => {
    const path = String(input).split('?')[0];
    if (path === '/api/newsletters') return jsonResponse({ items: [ISSUE], total: 1, page: 1, pageSize: 100 });
    if (path === '/api/newsletters/1') return jsonResponse(ISSUE);
    if (path === '/api/subscriptions') return jsonResponse({ status: 'pending', message: 'ok' }, 202);
    return jsonResponse({ statusCode: 404, code: 'newsletter/not_found', message: 'No' }, 404);
  });
});
afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('briefings pages', () => {
  it('lists published issues with their headlines, the feed, and a notice after a confirmation link', async () => {
    const { wrapper } = await mountAt('/en/briefings?subscription=confirmed');
    await settle();
    expect(wrapper.find('h1').text()).toBe('Briefings');
    const card = wrapper.find('.briefing-card');
    expect(card.text()).toContain('Issue 1');
    expect(card.find('a').attributes('href')).toBe('/en/briefings/1');
    expect(card.text()).toContain('Beautiful China');
    expect(wrapper.find('[role="status"]').text()).toContain('Your subscription is confirmed');
    expect(document.head.querySelector('link[type="application/atom+xml"]')?.getAttribute('href')).toBe('/api/feeds/newsletters.atom');
    expect(document.title).toBe('Briefings · dualcarbon');
  });

  it('shows an issue in Chinese with links to its entries in place', async () => {
    const { wrapper } = await mountAt('/zh/briefings/1');
    await settle();
    expect(wrapper.find('h1').text()).toContain('中国碳中和追踪简报');
    expect(wrapper.find('.briefing__meta').text()).toContain('第1期');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(expect.arrayContaining([expect.stringContaining('要闻')]));
    // English-only text is marked; the quoted title is the link.
    const first = wrapper.find('[data-entry="beautiful-china-opinions"]');
    expect(first.find('a').attributes('href')).toBe('/zh/entries/beautiful-china-opinions');
    expect(first.find('a').text()).toBe('Opinions on Beautiful China');
    const hainan = wrapper.find('[data-entry="hainan-hydrogen"] a');
    expect(hainan.text()).toContain('海南氢能规划');
    expect(wrapper.find('.briefing__formats a').attributes('href')).toBe('/api/newsletters/1/email.html?lang=zh');
    // no image, so no image credit
    expect(wrapper.text()).not.toContain('Windmill');
    expect(wrapper.text()).not.toContain('图片来源');
  });

  it('says when an issue is not published', async () => {
    const { wrapper } = await mountAt('/en/briefings/7');
    await settle();
    expect(wrapper.find('h1').text()).toBe('No such briefing');
  });

  it('subscribes with double opt-in and checks the address first', async () => {
    const { wrapper } = await mountAt('/en/briefings');
    await settle();
    await wrapper.find('#subscribe-email').setValue('not-an-address');
    await wrapper.find('.subscribe__form').trigger('submit');
    expect(wrapper.find('#subscribe-email-error').exists()).toBe(true);
    await wrapper.find('#subscribe-email').setValue('reader@example.org');
    await wrapper.find('#subscribe-lang').setValue('zh');
    await wrapper.find('.subscribe__form').trigger('submit');
    await settle();
    const post = fetchMock.mock.calls.find((c) => String(c[0]) === '/api/subscriptions')!;
    expect(JSON.parse(String(post[1]?.body))).toEqual({ email: 'reader@example.org', lang: 'zh' });
    expect(wrapper.find('.subscribe__outcome').text()).toContain('a message with a confirmation link is on its way');
  });
});
