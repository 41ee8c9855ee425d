import { mount, flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import { createTestI18n } from '@/test/i18n';
import { createAppRouter } from '@/router';
import { loadRegionTable } from '@/lib/regions';
import { useLocaleStore } from '@/stores/locale';
import { useTaxonomyStore } from '@/stores/taxonomy';
import { syncI18nLocale } from '@dualcarbon/web';

/** Mounts the real router, stores and i18n at `path`, with an in-memory history. */
export async function mountAt(path: string) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createTestI18n();
  const router = createAppRouter(pinia, createMemoryHistory());
  const locale = useLocaleStore(pinia);
  syncI18nLocale(i18n, locale);
  const Root = defineComponent({ render: () => h('main', { id: 'main' }, [h(RouterView)]) });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(Root, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body });
  // Term labels (the taxonomies as App.vue loads them, the built-in lists if the mock has none) and region names.
  await Promise.all([useTaxonomyStore(pinia).load(), loadRegionTable()]);
  await flushPromises();
  return { wrapper, router, pinia, i18n };
}
