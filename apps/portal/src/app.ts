import { createSSRApp } from 'vue';
import { createPinia, type StateTree } from 'pinia';
import type { RouterHistory } from 'vue-router';
import { syncI18nLocale } from '@dualcarbon/web';
import App from './App.vue';
import { createAppI18n, loadMessagesOnNavigation } from './i18n';
import { createAppRouter } from './router';
import { useLocaleStore } from './stores/locale';

export interface PortalAppOptions {
  history: RouterHistory;
  /** The stores' state the server rendered with (set before any store exists, so every store starts from it). */
  state?: Record<string, StateTree>;
}

/**
 * The portal app with its own pinia, router and i18n: one per page view in the browser
 * (entry-client.ts), one per request on the server (entry-server.ts), so no request sees another's state.
 */
export function createPortalApp({ history, state }: PortalAppOptions) {
  const pinia = createPinia();
  if (state) pinia.state.value = state;
  const i18n = createAppI18n();
  const router = createAppRouter(pinia, history);
  // Each language's catalogue is its own chunk: every navigation (the server's render too) waits for it.
  loadMessagesOnNavigation(router, i18n);
  // Hydrates the server's HTML; into an empty #app (the Vite dev server) it renders as createApp would.
  // One kind of app only: createApp beside it would add its own renderer to the first view's JavaScript.
  const app = createSSRApp(App).use(pinia).use(i18n).use(router);
  syncI18nLocale(i18n, useLocaleStore(pinia));
  return { app, pinia, router, i18n };
}
