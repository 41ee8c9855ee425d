import { createApp } from 'vue';
import { createPinia } from 'pinia';
import { syncI18nLocale } from '@dualcarbon/web';
import App from './App.vue';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';
import { setUnauthenticatedHandler } from './api/http';
import { useLocaleStore } from './stores/locale';
import { useSessionStore } from './stores/session';
import { useEntryEditorStore } from './stores/entryEditor';
import './styles/main.css';

const pinia = createPinia();
const i18n = createAppI18n();
const router = createAppRouter(pinia);
const app = createApp(App).use(pinia).use(i18n).use(router);

const locale = useLocaleStore(pinia);
syncI18nLocale(i18n, locale);

// A 401 anywhere means the session ended: keep unsaved work in this tab, sign in again, come back here.
setUnauthenticatedHandler(() => {
  const session = useSessionStore(pinia);
  if (session.status !== 'signed-in') return;
  useEntryEditorStore(pinia).persistLocal();
  session.expire();
  const here = router.currentRoute.value;
  if (here.name === 'sign-in') return;
  void router.replace({ name: 'sign-in', params: { lang: locale.lang }, query: { next: here.fullPath, expired: '1' } });
});

void router.isReady().then(() => app.mount('#app'));
