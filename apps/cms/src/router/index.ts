import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import type { Pinia } from 'pinia';
import { nextTick } from 'vue';
import { isLang } from '@/i18n';
import { preferredLang, useLocaleStore } from '@/stores/locale';
import { useSessionStore } from '@/stores/session';
import SignInPage from '@/pages/SignInPage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for someone the API has signed in. */
    requiresSession?: boolean;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: () => `/${preferredLang()}` },
  {
    path: '/:lang(en|zh)',
    children: [
      { path: '', name: 'shell', component: () => import('@/pages/SignedInPage.vue'), meta: { requiresSession: true } },
      // The first view of the CMS for everyone who is not signed in, so it is not split off.
      { path: 'sign-in', name: 'sign-in', component: SignInPage },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue') },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: (to) => `/${preferredLang()}${to.path}` },
];

export function createAppRouter(pinia: Pinia, history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) });

  router.beforeEach((to) => {
    const lang = isLang(to.params.lang) ? to.params.lang : null;
    if (lang) useLocaleStore(pinia).setLang(lang);
    if (to.meta.requiresSession && !useSessionStore(pinia).isSignedIn) {
      return { name: 'sign-in', params: { lang: lang ?? preferredLang() }, query: to.fullPath === `/${lang}` ? {} : { next: to.fullPath } };
    }
  });

  router.afterEach((to, from, failure) => {
    if (failure || from.matched.length === 0 || to.path === from.path) return;
    void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }));
  });

  return router;
}
