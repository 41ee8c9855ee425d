/**
 * The entry preview: the portal's own entry page, stylesheet and messages, in a frame of its own so
 * that the CMS's styles never touch it. The editor posts the working copy (unsaved changes included).
 */
import { createApp, h } from 'vue';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import EntryPage from '@portal/pages/EntryPage.vue';
import { createAppI18n } from '@portal/i18n';
import { useEntryStore } from '@portal/stores/entry';
import { useEntriesStore } from '@portal/stores/entries';
import '@portal/styles/main.css';
import { PREVIEW_DATA, PREVIEW_HEIGHT, PREVIEW_READY, type PreviewMessage } from './protocol';

const pinia = createPinia();
const i18n = createAppI18n('en');
const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/:lang(en|zh)/entries/:slug', component: EntryPage },
    { path: '/:pathMatch(.*)*', component: { render: () => null } },
  ],
});

const Root = { render: () => h('main', { id: 'main', class: 'page' }, [h(RouterView)]) };
const app = createApp(Root).use(pinia).use(i18n).use(router);

async function show(msg: PreviewMessage) {
  const slug = String(msg.entry.slug);
  useEntryStore(pinia).bySlug[slug] = { status: 'ready', error: null, data: msg.entry };
  const summaries = useEntriesStore(pinia).summaries;
  for (const [s, title] of Object.entries(msg.titles)) summaries[s] = { slug: s, title, summary: {} };
  (i18n.global.locale as unknown as { value: string }).value = msg.lang;
  document.documentElement.lang = msg.lang === 'zh' ? 'zh-CN' : 'en';
  const path = `/${msg.lang}/entries/${slug}`;
  if (router.currentRoute.value.fullPath !== path) await router.replace(path);
}

window.addEventListener('message', (e: MessageEvent) => {
  if (e.origin !== location.origin || e.data?.type !== PREVIEW_DATA) return;
  void show(e.data as PreviewMessage);
});

// Links lead nowhere in a preview (it is not the public site yet); sources still open in a new tab.
document.addEventListener(
  'click',
  (e) => {
    const a = (e.target as Element | null)?.closest?.('a');
    if (a && a.getAttribute('target') !== '_blank') e.preventDefault();
  },
  true,
);

// Tell the editor how tall the page is, so the frame needs no scroll bar of its own.
new ResizeObserver(() => parent.postMessage({ type: PREVIEW_HEIGHT, height: document.documentElement.scrollHeight }, location.origin)).observe(document.documentElement);

void router.isReady().then(() => {
  app.mount('#app');
  parent.postMessage({ type: PREVIEW_READY }, location.origin);
});
