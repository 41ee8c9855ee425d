import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, RouterView } from 'vue-router';
import { defineComponent, h } from 'vue';
import { createAppI18n, type Lang } from '@/i18n';
import { createAppRouter } from '@/router';
import { useSessionStore } from '@/stores/session';

const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function mountAt(path: string, lang: Lang = 'en') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(pinia, createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n(lang), router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router, session: useSessionStore(pinia) };
}

async function fill(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], email: string, password: string) {
  await wrapper.find('#sign-in-email').setValue(email);
  await wrapper.find('#sign-in-password').setValue(password);
  await wrapper.find('form').trigger('submit');
  await flushPromises();
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('sign-in page', () => {
  it('labels both fields', async () => {
    const { wrapper } = await mountAt('/en/sign-in');
    expect(wrapper.find('label[for="sign-in-email"]').text()).toBe('Email');
    expect(wrapper.find('label[for="sign-in-password"]').text()).toBe('Password');
  });

  it('shows validation messages beside the fields and sends nothing', async () => {
    const { wrapper } = await mountAt('/en/sign-in');
    await fill(wrapper, 'not-an-email', '');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(wrapper.find('#sign-in-email-error').text()).toBe('Enter an email address like name@example.org.');
    expect(wrapper.find('#sign-in-email').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#sign-in-email').attributes('aria-describedby')).toBe('sign-in-email-error');
    expect(wrapper.find('#sign-in-password-error').text()).toBe('Enter your password.');
    expect(document.activeElement?.id).toBe('sign-in-email');
  });

  it('clears a message once the field is fixed', async () => {
    const { wrapper } = await mountAt('/en/sign-in');
    await fill(wrapper, '', 'secret');
    expect(wrapper.find('#sign-in-email-error').exists()).toBe(true);
    await wrapper.find('#sign-in-email').setValue('editor@igdp.cn');
    expect(wrapper.find('#sign-in-email-error').exists()).toBe(false);
  });

  it('shows validation messages in Chinese on /zh', async () => {
    const { wrapper } = await mountAt('/zh/sign-in', 'zh');
    await fill(wrapper, '', '');
    expect(wrapper.find('#sign-in-email-error').text()).toBe('请输入电子邮箱地址。');
  });

  it('says the server could not be reached when the endpoint is missing (404)', async () => {
    fetchMock.mockResolvedValueOnce(json({ statusCode: 404, message: 'Cannot POST /api/auth/login' }, 404));
    const { wrapper, router, session } = await mountAt('/en/sign-in');
    await fill(wrapper, 'editor@igdp.cn', 'secret');
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/login', expect.objectContaining({ method: 'POST', body: JSON.stringify({ email: 'editor@igdp.cn', password: 'secret' }) }));
    expect(wrapper.find('[role="alert"]').text()).toContain('The server could not be reached');
    expect(session.isSignedIn).toBe(false);
    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('says the server could not be reached on a network failure', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { wrapper } = await mountAt('/en/sign-in');
    await fill(wrapper, 'editor@igdp.cn', 'secret');
    expect(wrapper.find('[role="alert"]').text()).toContain('The server could not be reached');
  });

  it('shows the API’s own message when it refuses', async () => {
    fetchMock.mockResolvedValueOnce(json({ statusCode: 401, code: 'auth/invalid_credentials', message: 'Wrong email or password' }, 401));
    const { wrapper, session } = await mountAt('/en/sign-in');
    await fill(wrapper, 'editor@igdp.cn', 'wrong');
    expect(wrapper.find('[role="alert"]').text()).toContain('Wrong email or password');
    expect(session.isSignedIn).toBe(false);
  });

  it('opens the signed-in shell only when the API accepts', async () => {
    fetchMock.mockResolvedValueOnce(json({ accessToken: 'tok', user: { email: 'editor@igdp.cn', role: 'editor' } }));
    const { wrapper, router, session } = await mountAt('/en/sign-in');
    await fill(wrapper, 'editor@igdp.cn', 'secret');
    expect(session.session).toMatchObject({ email: 'editor@igdp.cn', role: 'editor', token: 'tok' });
    // the shell is a lazily loaded route: wait for the navigation to finish
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/en'));
    await flushPromises();
    expect(wrapper.find('h1').text()).toBe('Signed in');
  });

  it('keeps the shell behind sign-in', async () => {
    const { router } = await mountAt('/en');
    expect(router.currentRoute.value.name).toBe('sign-in');
  });
});
