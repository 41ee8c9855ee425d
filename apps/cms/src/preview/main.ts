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

// The portal's <main> grows to fill the window (#app is a 100vh flex column); here it keeps its
// content's height, which is what the frame reports.
const Root = { render: () => h('main', { id: 'main', class: 'page', style: { flex: '0 0 auto' } }, [h(RouterView)]) };
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

// Tell the editor how tall the page is, so the frame needs no scroll bar of its own. Measured on the
// page's own <main>, not the document: the body and #app are at least as tall as the frame
// (min-height: 100vh), so the document's height could only ever grow — narrowing then widening the
// window left the frame thousands of pixels too tall.
let posted = 0;
function reportHeight(main: HTMLElement) {
  const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY + parseFloat(getComputedStyle(main).marginBottom || '0'));
  if (height === posted) return;
  posted = height;
  parent.postMessage({ type: PREVIEW_HEIGHT, height }, location.origin);
}

void router.isReady().then(() => {
  app.mount('#app');
  const main = document.getElementById('main')!;
  new ResizeObserver(() => reportHeight(main)).observe(main);
  parent.postMessage({ type: PREVIEW_READY }, location.origin);
});
