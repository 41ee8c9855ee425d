import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import { nextTick } from 'vue';
import { isLang } from '@/i18n';
import { applyPageLinks, pageLinks } from '@/lib/pageLinks';
import { preferredLang, useLocaleStore } from '@/stores/locale';
import { useSiteStore } from '@/stores/site';
import type { Pinia } from 'pinia';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'root', redirect: () => `/${preferredLang()}` },
  {
    path: '/:lang(en|zh)',
    children: [
      { path: '', name: 'home', component: () => import('@/pages/HomePage.vue') },
      { path: 'entries', name: 'entries', component: () => import('@/pages/ExplorerPage.vue') },
      { path: 'entries/:slug', name: 'entry', component: () => import('@/pages/EntryPage.vue') },
      { path: 'regions', name: 'regions', component: () => import('@/pages/RegionsIndexPage.vue') },
      { path: 'regions/:code', name: 'region', component: () => import('@/pages/RegionPage.vue') },
      { path: 'targets', name: 'targets', component: () => import('@/pages/TargetsPage.vue') },
      { path: 'briefings', name: 'briefings', component: () => import('@/pages/briefings/BriefingsArchivePage.vue') },
      { path: 'briefings/unsubscribe', name: 'briefings-unsubscribe', component: () => import('@/pages/briefings/BriefingsUnsubscribePage.vue') },
      { path: 'briefings/:number(\\d+)', name: 'briefing', component: () => import('@/pages/briefings/BriefingIssuePage.vue') },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue') },
    ],
  },
  // A link without a language (e.g. /entries/x) opens in the reader's language.
  { path: '/:pathMatch(.*)*', redirect: (to) => `/${preferredLang()}${to.path}` },
];

export function createAppRouter(pinia: Pinia, history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, saved) {
      if (saved) return saved;
      if (to.hash) return { el: to.hash };
      if (to.path === from.path && to.name === from.name && to.query.page === from.query.page) return false;
      return { top: 0 };
    },
  });

  router.beforeEach((to) => {
    const lang = to.params.lang;
    if (isLang(lang)) useLocaleStore(pinia).setLang(lang);
  });

  // Tell search engines and browsers the page's canonical URL and where it lives in the other language
  // (the server writes the same links into the page it renders: src/ssr/headTags.ts).
  router.afterEach((to) => {
    if (!import.meta.env.SSR && isLang(to.params.lang)) applyPageLinks(pageLinks(useSiteStore(pinia).origin, to));
  });

  // After an in-app navigation, move focus to the new content so keyboard and screen-reader users start there.
  router.afterEach((to, from, failure) => {
    if (import.meta.env.SSR || failure || from.matched.length === 0 || to.path === from.path) return;
    void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }));
  });

  return router;
}
