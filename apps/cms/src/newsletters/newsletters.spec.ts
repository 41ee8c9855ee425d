import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, RouterView } from 'vue-router';
import { defineComponent, h } from 'vue';
import { createAppI18n } from '@/i18n';
import { createAppRouter } from '@/router';

const ID = '7a1d7c1e-2222-4c2b-9d3a-000000000001';
const USER = { id: '6f1d7c1e-1111-4c2b-9d3a-000000000001', email: 'editor@igdp.cn', name: 'Edna', roles: ['editor', 'reviewer'] };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const item = (entry: string) => ({ entry, blurb: { en: `About ${entry}` }, bullets: [{ en: 'A point' }] });
const DETAIL = {
  id: ID,
  number: 2,
  version: 4,
  workflowStatus: 'in_review',
  issueStatus: 'draft',
  hasWorkingRevision: false,
  editable: true,
  authorId: USER.id,
  author: null,
  data: {
    number: 2,
    title: { en: 'Briefing' },
    periodFrom: '2024-02-01',
    periodTo: '2024-03-31',
    intro: {},
    sections: [
      { code: 'top_news', title: { en: 'Top News' }, lead: {}, groups: [{ heading: { en: 'Stories' }, items: [item('first-plan'), item('second-plan')] }] },
    ],
  },
  published: null,
  publishedAt: null,
  problems: [],
  updatedAt: '2024-04-01T00:00:00Z',
  availableActions: ['withdraw', 'approve', 'request_changes'],
  entries: {
    'first-plan': {
      id: 'e1',
      slug: 'first-plan',
      title: { en: 'First Plan' },
      kind: 'policy',
      level: 'national',
      workflowStatus: 'published',
      published: true,
    },
    'second-plan': {
      id: 'e2',
      slug: 'second-plan',
      title: { en: 'Second Plan' },
      kind: 'policy',
      level: 'national',
      workflowStatus: 'draft',
      published: false,
    },
  },
};

const fetchMock = vi.fn<typeof fetch>();
const posts = () =>
  fetchMock.mock.calls.filter((c) => c[1]?.method === 'POST').map((c) => ({ url: String(c[0]), body: JSON.parse(String(c[1]?.body ?? '{}')) }));

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    if (url.startsWith('/api/auth/session')) return json({ user: USER, csrfToken: 'tok' });
    if (url === `/api/editor/newsletters/${ID}`) return json(DETAIL);
    if (url.startsWith(`/api/editor/newsletters/${ID}/sends`))
      return json({ number: 2, counts: { queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0, total: 0 }, confirmedSubscribers: 3, done: true, items: [] });
    if (url.endsWith('/edits') || url.endsWith('/transitions')) return json({ ...DETAIL, version: 5 });
    if (url.startsWith('/api/editor/newsletters?')) return json({ items: [], total: 0 });
    if (url === '/api/editor/newsletters/compose' && init?.method === 'POST') return json({ ...DETAIL, id: ID }, 201);
    if (url.startsWith('/api/editor/subscribers/counts')) return json({ pending: 1, confirmed: 3, unsubscribed: 0 });
    return json({ statusCode: 404, code: 'route/not_found', message: 'Not found' }, 404);
  });
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountAt(path: string) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(pinia, createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, createAppI18n('en'), router] },
    attachTo: document.body,
  });
  await flushPromises();
  await new Promise((r) => setTimeout(r, 10));
  await flushPromises();
  return { wrapper, router };
}

describe('newsletter editor', () => {
  it('reorders items with buttons and the keyboard, as the domain’s edits against the version shown', async () => {
    const { wrapper } = await mountAt(`/en/newsletters/${ID}`);
    const rows = wrapper.findAll('[data-item]');
    expect(rows.map((r) => r.attributes('data-item'))).toEqual(['first-plan', 'second-plan']);
    expect(rows[1].text()).toContain('Entry not published');
    expect(rows[0].find('button[aria-label^="Move up"]').attributes('disabled')).toBeDefined();
    await rows[0].trigger('keydown', { key: 'ArrowDown', altKey: true });
    await flushPromises();
    expect(posts()[0]).toEqual({
      url: `/api/editor/newsletters/${ID}/edits`,
      body: { version: 4, edits: [{ op: 'moveItem', entry: 'first-plan', to: { section: 'top_news', group: 0, index: 1 } }] },
    });
  });

  it('edits an item’s blurb and bullets in both languages', async () => {
    const { wrapper } = await mountAt(`/en/newsletters/${ID}`);
    const row = wrapper.find('[data-item="first-plan"]');
    await row
      .findAll('button')
      .find((b) => b.text() === 'Edit text')!
      .trigger('click');
    await row.find('#first-plan-bzh').setValue('中文简介');
    await row.find('#first-plan-pzh').setValue('一点');
    await row.find('form').trigger('submit');
    await flushPromises();
    expect(posts()[0].body.edits).toEqual([
      { op: 'editItem', entry: 'first-plan', blurb: { en: 'About first-plan', zh: '中文简介' }, bullets: [{ en: 'A point', zh: '一点' }] },
    ]);
  });

  it('previews the e-mail in a sandboxed frame, with published entries only', async () => {
    const { wrapper } = await mountAt(`/en/newsletters/${ID}`);
    await wrapper.find('[data-testid="preview-tab"]').trigger('click');
    const frame = wrapper.find('iframe');
    expect(frame.attributes('sandbox')).toBe('');
    const html = (frame.element as HTMLIFrameElement).srcdoc;
    expect(html).toContain('First Plan');
    expect(html).not.toContain('second-plan');
    expect(html).toContain('role="presentation"');
  });

  it('never offers the author what four eyes refuse (approve, request changes), whatever the list says', async () => {
    const { wrapper } = await mountAt(`/en/newsletters/${ID}`);
    const actions = wrapper.findAll('[data-action]').map((b) => b.attributes('data-action'));
    expect(actions).toEqual(['withdraw']);
  });

  it('asks a reviewer for a comment before requesting changes', async () => {
    const authorId = DETAIL.authorId;
    DETAIL.authorId = 'someone-else';
    try {
      const { wrapper } = await mountAt(`/en/newsletters/${ID}`);
      expect(wrapper.findAll('[data-action]').map((b) => b.attributes('data-action'))).toEqual(['withdraw', 'approve', 'request_changes']);
      await wrapper.find('[data-action="request_changes"]').trigger('click');
      expect(document.body.querySelector('#request-changes-comment')).not.toBeNull();
    } finally {
      DETAIL.authorId = authorId;
    }
  });

  it('composes an issue from the list and opens it', async () => {
    const { wrapper, router } = await mountAt('/en/newsletters');
    expect(wrapper.find('[data-testid="subscriber-counts"]').text()).toContain('3 confirmed');
    await wrapper.find('[data-testid="compose-issue"]').trigger('click');
    (document.body.querySelector('#compose-from') as HTMLInputElement).value = '2024-02-01';
    document.body.querySelector('#compose-from')!.dispatchEvent(new Event('input'));
    document.body.querySelector('#compose-form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    await new Promise((r) => setTimeout(r, 10));
    expect(posts().find((p) => p.url.endsWith('/compose'))!.body).toMatchObject({ number: 1, periodFrom: '2024-02-01' });
    expect(router.currentRoute.value.fullPath).toBe(`/en/newsletters/${ID}`);
  });
});
