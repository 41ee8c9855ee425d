import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import { nextTick } from 'vue';
import { isLang, LANGS, localeTag } from '@/i18n';
import { preferredLang, useLocaleStore } from '@/stores/locale';
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

function setAlternateLinks(rest: string, doc: Document = document) {
  for (const lang of LANGS) {
    let link = doc.head.querySelector<HTMLLinkElement>(`link[rel="alternate"][data-lang="${lang}"]`);
    if (!link) {
      link = doc.createElement('link');
      link.rel = 'alternate';
      link.hreflang = localeTag(lang);
      link.dataset.lang = lang;
      doc.head.appendChild(link);
    }
    link.href = `${location.origin}/${lang}${rest}`;
  }
}

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

  // Tell search engines and browsers where the same page lives in the other language.
  router.afterEach((to) => {
    if (isLang(to.params.lang)) setAlternateLinks(to.fullPath.replace(/^\/(en|zh)(?=\/|\?|#|$)/, ''));
  });

  // After an in-app navigation, move focus to the new content so keyboard and screen-reader users start there.
  router.afterEach((to, from, failure) => {
    if (failure || from.matched.length === 0 || to.path === from.path) return;
    void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }));
  });

  return router;
}
