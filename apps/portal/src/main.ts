import { createApp } from 'vue';
import { createPinia } from 'pinia';
import { syncI18nLocale } from '@dualcarbon/web';
import App from './App.vue';
import { createAppI18n, loadMessagesOnNavigation } from './i18n';
import { createAppRouter } from './router';
import { useLocaleStore } from './stores/locale';
import './styles/main.css';

const pinia = createPinia();
const i18n = createAppI18n();
const router = createAppRouter(pinia);
loadMessagesOnNavigation(router, i18n);

const app = createApp(App).use(pinia).use(i18n).use(router);

const locale = useLocaleStore(pinia);
syncI18nLocale(i18n, locale);

void router.isReady().then(() => app.mount('#app'));
