import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { jsonResponse } from '@/test/fixtures';
import { mountAt } from '@/test/mountApp';

const TOKEN = 'v1.eyJwIjoidSJ9.abc';
const LINK = `/api/subscriptions/unsubscribe?token=${TOKEN}`;
const fetchMock = vi.fn<typeof fetch>();
const settle = async () => {
  await new Promise((r) => setTimeout(r, 20));
  await flushPromises();
};
/** The subscriber's status as the API would keep it. */
let status: 'confirmed' | 'unsubscribed' | 'forged' = 'confirmed';
let postFails = false;

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  localStorage.clear();
  status = 'confirmed';
  postFails = false;
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    if (url.startsWith('/api/subscriptions/unsubscribe')) {
      if (status === 'forged') return jsonResponse({ statusCode: 400, code: 'subscription/invalid_token', message: 'No' }, 400);
      if (init?.method === 'POST') {
        if (postFails) return jsonResponse({ statusCode: 503, message: 'Down' }, 503);
        status = 'unsubscribed';
        return jsonResponse({ status, lang: 'en' });
      }
      return jsonResponse({ status, lang: 'en', unsubscribe: { method: 'POST', body: 'List-Unsubscribe=One-Click' }, message: 'Nothing was changed.' });
    }
    if (url.startsWith('/api/newsletters')) return jsonResponse({ items: [], total: 0, page: 1, pageSize: 100 });
    return jsonResponse({ statusCode: 404, code: 'route/not_found', message: 'No' }, 404);
  });
});
afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

const posts = () => fetchMock.mock.calls.filter((c) => c[1]?.method === 'POST');
/** Requests other than the taxonomies every page asks for as the app starts. */
const ownCalls = () => fetchMock.mock.calls.filter((c) => !String(c[0]).startsWith('/api/taxonomies'));

describe('the unsubscribe confirmation page', () => {
  it('asks first, changes nothing on opening, and unsubscribes with the button', async () => {
    const { wrapper } = await mountAt(`/en/briefings/unsubscribe?token=${TOKEN}`);
    await settle();
    expect(wrapper.find('h1').text()).toBe('Stop receiving the dualcarbon briefings?');
    expect(document.title).toBe('Unsubscribe · dualcarbon');
    // Opening the page only checked the link.
    expect(ownCalls().map((c) => [String(c[0]), c[1]?.method ?? 'GET'])).toEqual([[LINK, 'GET']]);
    expect(posts()).toHaveLength(0);

    const button = wrapper.find('button');
    expect(button.text()).toBe('Unsubscribe');
    expect(button.attributes('type')).toBe('button');
    await button.trigger('click');
    await settle();
    const [post] = posts();
    expect(String(post[0])).toBe(LINK);
    expect(post[1]?.body).toBe('List-Unsubscribe=One-Click');
    expect(new Headers(post[1]?.headers).get('Content-Type')).toBe('application/x-www-form-urlencoded');

    const live = wrapper.find('.unsubscribe__status');
    expect(live.attributes('aria-live')).toBe('polite');
    expect(live.text()).toContain('You have been unsubscribed');
    expect(document.activeElement?.classList.contains('unsubscribe__outcome')).toBe(true);
    expect(wrapper.find('button').exists()).toBe(false);
    expect(wrapper.find('.unsubscribe__lead').exists()).toBe(false); // "nothing has changed yet" no longer holds
    expect(live.find('a').attributes('href')).toBe('/en/briefings');
  });

  it('is in Chinese under /zh and says so when the address has already left', async () => {
    status = 'unsubscribed';
    const { wrapper } = await mountAt(`/zh/briefings/unsubscribe?token=${TOKEN}`);
    await settle();
    expect(wrapper.find('h1').text()).toBe('不再接收 dualcarbon 简报？');
    expect(wrapper.find('.unsubscribe__status').text()).toContain('已退订');
    expect(wrapper.find('button').exists()).toBe(false);
    expect(posts()).toHaveLength(0);
  });

  it('sends a forged or outdated link to the briefings page’s invalid notice', async () => {
    status = 'forged';
    const { wrapper, router } = await mountAt(`/en/briefings/unsubscribe?token=${TOKEN}`);
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/en/briefings?subscription=invalid'));
    await vi.waitFor(() => expect(wrapper.find('.briefings__notice').text()).toContain('This link is not valid any more'));
    expect(posts()).toHaveLength(0);
  });

  it('keeps the button when sending fails, and says so', async () => {
    postFails = true;
    const { wrapper } = await mountAt(`/en/briefings/unsubscribe?token=${TOKEN}`);
    await settle();
    await wrapper.find('button').trigger('click');
    await settle();
    expect(wrapper.find('.unsubscribe__outcome').text()).toContain('could not be sent');
    expect(wrapper.find('.unsubscribe__outcome').classes()).toContain('is-error');
    expect(wrapper.find('button').attributes('disabled')).toBeUndefined();
  });

  it('explains where the link is when the page has no token', async () => {
    const { wrapper } = await mountAt('/en/briefings/unsubscribe');
    await settle();
    expect(ownCalls()).toEqual([]);
    expect(wrapper.find('.unsubscribe__lead').text()).toContain('follow the unsubscribe link');
    expect(wrapper.find('.unsubscribe__panel a').attributes('href')).toBe('/en/briefings');
    expect(wrapper.find('button').exists()).toBe(false);
  });
});
