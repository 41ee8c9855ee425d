import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, RouterView } from 'vue-router';
import { defineComponent, h } from 'vue';
import { linkTokenFrom } from '@/api/account';
import { createAppI18n } from '@/i18n';
import { createAppRouter } from '@/router';

const TOKEN = 'A'.repeat(20) + 'b-c_d'.repeat(4) + 'xyz';
const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const LINK = { email: 'new@igdp.cn', name: 'Nova', purpose: 'invite', expiresAt: '2027-01-03T10:00:00.000Z' };
let linkValid = true;

function answer(input: RequestInfo | URL): Promise<Response> {
  const url = String(input);
  const invalid = json({ statusCode: 400, code: 'auth/link_invalid', message: 'This link has expired' }, 400);
  if (url === '/api/auth/password-link') return Promise.resolve(linkValid ? json(LINK) : invalid);
  if (url === '/api/auth/set-password') return Promise.resolve(linkValid ? json({ email: LINK.email }) : invalid);
  return Promise.resolve(json({ statusCode: 401, code: 'auth/unauthenticated', message: 'Sign in first' }, 401));
}

async function mountWith(hash: string) {
  window.history.replaceState(null, '', `/cms/en/set-password${hash}`);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(pinia, createMemoryHistory());
  await router.push('/en/set-password');
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('en'), router] }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

beforeEach(() => {
  linkValid = true;
  fetchMock.mockReset();
  fetchMock.mockImplementation(answer);
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('set-password page (the link in an invitation or reset mail)', () => {
  it('reads the one-time token from the fragment only', () => {
    expect(linkTokenFrom(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(linkTokenFrom('#token=<script>')).toBeNull();
    expect(linkTokenFrom('')).toBeNull();
  });

  it('checks the link, asks for the password twice by the domain rule, then sends it once', async () => {
    const wrapper = await mountWith(`#token=${TOKEN}`);
    expect(wrapper.text()).toContain('Welcome, Nova');
    expect(wrapper.text()).toContain('For new@igdp.cn.');
    await wrapper.find('#set-password-new').setValue('too-short');
    await wrapper.find('#set-password-repeat').setValue('too-short');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#set-password-new-error').text()).toBe('Use at least 12 characters.');
    await wrapper.find('#set-password-new').setValue('a-long-enough-passphrase');
    await flushPromises();
    expect(wrapper.find('#set-password-repeat-error').text()).toBe('The two passwords differ.');
    await wrapper.find('#set-password-repeat').setValue('a-long-enough-passphrase');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const sent = fetchMock.mock.calls.filter(([u]) => String(u) === '/api/auth/set-password');
    expect(sent).toHaveLength(1);
    expect(JSON.parse(String(sent[0]![1]!.body))).toEqual({ token: TOKEN, password: 'a-long-enough-passphrase' });
    expect(wrapper.text()).toContain('Your password is set. Sign in with new@igdp.cn.');
    expect(window.location.hash).toBe('');
  });

  it('says so when the link is expired, used or missing', async () => {
    linkValid = false;
    expect((await mountWith(`#token=${TOKEN}`)).text()).toContain('This link has expired, was already used');
    document.body.innerHTML = '';
    expect((await mountWith('')).text()).toContain('Open this page with the link from your e-mail.');
  });
});
