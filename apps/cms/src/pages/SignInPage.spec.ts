import type { Dashboard } from '@dualcarbon/domain';
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
const USER = { id: '6f1d7c1e-1111-4c2b-9d3a-000000000001', email: 'editor@igdp.cn', name: 'Edna', roles: ['editor'] };
const none = { count: 0, items: [] };
const EMPTY_DASHBOARD: Dashboard = { myDrafts: none, changesRequested: none, reviewQueue: null, readyToPublish: null, recentlyPublished: none, byStatus: {} };

/** Answers for the login call; the session probe and the dashboard answer by themselves. */
let loginAnswers: Array<Response | Error> = [];
let signedIn = false;
function route(input: RequestInfo | URL): Promise<Response> {
  const url = String(input);
  if (url.startsWith('/api/auth/session'))
    return Promise.resolve(
      signedIn ? json({ user: USER, csrfToken: 'tok' }) : json({ statusCode: 401, code: 'auth/unauthenticated', message: 'Sign in first' }, 401),
    );
  if (url.startsWith('/api/auth/login')) {
    const next = loginAnswers.shift();
    if (next instanceof Error) return Promise.reject(next);
    if (next && next.ok) signedIn = true;
    return Promise.resolve(next ?? json({}, 500));
  }
  if (url.startsWith('/api/editor/dashboard')) return Promise.resolve(json(EMPTY_DASHBOARD));
  return Promise.resolve(json({ statusCode: 404, code: 'route/not_found', message: 'Not found' }, 404));
}

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
  fetchMock.mockImplementation(route);
  loginAnswers = [];
  signedIn = false;
  vi.stubGlobal('fetch', fetchMock);
});
const loginCalls = () => fetchMock.mock.calls.filter(([u]) => String(u).startsWith('/api/auth/login'));
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
    expect(loginCalls()).toHaveLength(0);
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
    loginAnswers = [json({ statusCode: 404, message: 'Cannot POST /api/auth/login' }, 404)];
    const { wrapper, router, session } = await mountAt('/en/sign-in');
    await fill(wrapper, 'editor@igdp.cn', 'secret');
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/auth/login',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ email: 'editor@igdp.cn', password: 'secret' }), credentials: 'same-origin' }),
    );
    expect(wrapper.find('[role="alert"]').text()).toContain('The server could not be reached');
    expect(session.isSignedIn).toBe(false);
    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('says the server could not be reached on a network failure', async () => {
    loginAnswers = [new TypeError('Failed to fetch')];
    const { wrapper } = await mountAt('/en/sign-in');
    await fill(wrapper, 'editor@igdp.cn', 'secret');
    expect(wrapper.find('[role="alert"]').text()).toContain('The server could not be reached');
  });

  it('shows the API’s own message when it refuses', async () => {
    loginAnswers = [json({ statusCode: 401, code: 'auth/invalid_credentials', message: 'Wrong email or password' }, 401)];
    const { wrapper, session } = await mountAt('/en/sign-in');
    await fill(wrapper, 'editor@igdp.cn', 'wrong');
    expect(wrapper.find('[role="alert"]').text()).toContain('Wrong email or password');
    expect(session.isSignedIn).toBe(false);
  });

  it('says when the server asks to wait (429)', async () => {
    loginAnswers = [
      new Response(JSON.stringify({ statusCode: 429, code: 'auth/rate_limited', message: 'Too many attempts' }), {
        status: 429,
        headers: { 'Content-Type': 'application/json', 'Retry-After': '42' },
      }),
    ];
    const { wrapper } = await mountAt('/en/sign-in');
    await fill(wrapper, 'editor@igdp.cn', 'wrong');
    expect(wrapper.find('[role="alert"]').text()).toContain('Try again in 42 s');
  });

  it('opens the dashboard only when the API accepts, and holds the user and CSRF token', async () => {
    loginAnswers = [json({ user: USER, csrfToken: 'tok' })];
    const { wrapper, router, session } = await mountAt('/en/sign-in');
    await fill(wrapper, 'editor@igdp.cn', 'secret');
    expect(session.user).toMatchObject({ email: 'editor@igdp.cn', roles: ['editor'] });
    expect(session.csrfToken).toBe('tok');
    // the dashboard is a lazily loaded route: wait for the navigation to finish
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/en'), { timeout: 10_000 });
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Dashboard'), { timeout: 10_000 });
  }, 25_000); // the dashboard is a lazily loaded chunk: the test allows its two waits their 10 s each

  it('goes back to where the person was after signing in again', async () => {
    loginAnswers = [json({ user: USER, csrfToken: 'tok' })];
    const { wrapper, router } = await mountAt('/en/sign-in?next=%2Fen%2Fentries%3Fq%3Dhubei&expired=1');
    expect(wrapper.find('.callout').text()).toContain('Your session has ended');
    await fill(wrapper, 'editor@igdp.cn', 'secret');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/en/entries?q=hubei'), { timeout: 10_000 });
  });

  it('never follows a next address to another site', async () => {
    loginAnswers = [json({ user: USER, csrfToken: 'tok' })];
    const { wrapper, router } = await mountAt('/en/sign-in?next=%2F%2Fevil.example%2Fx');
    await fill(wrapper, 'editor@igdp.cn', 'secret');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/en'), { timeout: 10_000 });
  });

  it('restores a session from the cookie on load', async () => {
    signedIn = true;
    const { router, session } = await mountAt('/en/entries');
    expect(session.isSignedIn).toBe(true);
    expect(router.currentRoute.value.name).toBe('entries');
  });

  it('keeps the CMS behind sign-in and remembers where the person was going', async () => {
    const { router } = await mountAt('/en');
    expect(router.currentRoute.value.name).toBe('sign-in');
    await router.push('/en/entries/abc/review');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.next).toBe('/en/entries/abc/review');
  });

  it('keeps administration for admins', async () => {
    signedIn = true;
    const { router } = await mountAt('/en/admin/users');
    expect(router.currentRoute.value.name).toBe('forbidden');
  });
});
