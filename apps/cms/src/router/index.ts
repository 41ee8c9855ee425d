import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import type { Pinia } from 'pinia';
import { nextTick } from 'vue';
import type { Role } from '@dualcarbon/domain';
import { isLang } from '@/i18n';
import { preferredLang, useLocaleStore } from '@/stores/locale';
import { useSessionStore } from '@/stores/session';
import SignInPage from '@/pages/SignInPage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for someone the API has signed in. */
    requiresSession?: boolean;
    /** At least one of these roles. */
    roles?: Role[];
    /** Use the full width (editor, review). */
    wide?: boolean;
  }
}

const signedIn = { requiresSession: true } as const;
const writers: Role[] = ['editor', 'admin'];

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: () => `/${preferredLang()}` },
  {
    path: '/:lang(en|zh)',
    children: [
      { path: '', name: 'dashboard', component: () => import('@/pages/DashboardPage.vue'), meta: signedIn },
      // The first view of the CMS for everyone who is not signed in, so it is not split off.
      { path: 'sign-in', name: 'sign-in', component: SignInPage },
      // Where invitation and reset mails lead (the one-time token is in the fragment); no session needed.
      { path: 'set-password', name: 'set-password', component: () => import('@/pages/SetPasswordPage.vue') },
      { path: 'account', name: 'account', component: () => import('@/pages/AccountPage.vue'), meta: signedIn },
      { path: 'entries', name: 'entries', component: () => import('@/pages/EntriesPage.vue'), meta: signedIn },
      { path: 'entries/new', name: 'entry-new', component: () => import('@/pages/NewEntryPage.vue'), meta: { ...signedIn, roles: writers } },
      {
        path: 'entries/from-document',
        name: 'entry-ingest',
        component: () => import('@/pages/IngestPage.vue'),
        meta: { ...signedIn, roles: writers, wide: true },
      },
      {
        path: 'entries/:id',
        component: () => import('@/pages/entry/EntryLayout.vue'),
        meta: { ...signedIn, wide: true },
        children: [
          { path: '', name: 'entry-edit', component: () => import('@/pages/entry/EntryEditPage.vue') },
          { path: 'preview', name: 'entry-preview', component: () => import('@/pages/entry/EntryPreviewPage.vue') },
          { path: 'review', name: 'entry-review', component: () => import('@/pages/entry/EntryReviewPage.vue') },
          { path: 'history', name: 'entry-history', component: () => import('@/pages/entry/EntryHistoryPage.vue') },
        ],
      },
      { path: 'newsletters', name: 'newsletters', component: () => import('@/pages/newsletters/NewslettersPage.vue'), meta: signedIn },
      {
        path: 'newsletters/:id',
        name: 'newsletter-edit',
        component: () => import('@/pages/newsletters/NewsletterEditorPage.vue'),
        meta: { ...signedIn, wide: true },
      },
      { path: 'notifications', name: 'notifications', component: () => import('@/pages/NotificationSettingsPage.vue'), meta: signedIn },
      { path: 'import', name: 'import', component: () => import('@/pages/ImportPage.vue'), meta: { ...signedIn, roles: writers } },
      {
        path: 'admin/taxonomies/:taxonomy?',
        name: 'admin-taxonomies',
        component: () => import('@/pages/admin/TaxonomyPage.vue'),
        meta: { ...signedIn, roles: ['admin'], wide: true },
      },
      { path: 'admin/users', name: 'admin-users', component: () => import('@/pages/admin/UsersPage.vue'), meta: { ...signedIn, roles: ['admin'], wide: true } },
      { path: 'admin/audit', name: 'admin-audit', component: () => import('@/pages/admin/AuditPage.vue'), meta: { ...signedIn, roles: ['admin'], wide: true } },
      { path: 'forbidden', name: 'forbidden', component: () => import('@/pages/ErrorPage.vue'), props: { kind: 'forbidden' }, meta: signedIn },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/ErrorPage.vue'), props: { kind: 'not-found' } },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: (to) => `/${preferredLang()}${to.path}` },
];

/** Only same-app paths are followed after sign-in (no "//evil.example"). */
export const safeNext = (next: unknown): string | null => (typeof next === 'string' && /^\/(?!\/)/.test(next) && !next.includes('/sign-in') ? next : null);

export function createAppRouter(pinia: Pinia, history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({ history, routes, scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? false : { top: 0 }) });

  router.beforeEach(async (to) => {
    const lang = isLang(to.params.lang) ? to.params.lang : preferredLang();
    if (isLang(to.params.lang)) useLocaleStore(pinia).setLang(to.params.lang);
    const session = useSessionStore(pinia);
    if (session.status === 'unknown' && (to.meta.requiresSession || to.name === 'sign-in')) await session.restore();

    if (to.meta.requiresSession && !session.isSignedIn) {
      const query: Record<string, string> = {};
      if (to.name !== 'dashboard') query.next = to.fullPath;
      if (session.status === 'expired') query.expired = '1';
      return { name: 'sign-in', params: { lang }, query };
    }
    if (to.name === 'sign-in' && session.isSignedIn) return safeNext(to.query.next) ?? { name: 'dashboard', params: { lang } };
    if (to.meta.roles?.length && !to.meta.roles.some((r) => session.hasRole(r))) {
      return { name: 'forbidden', params: { lang }, query: { from: to.fullPath } };
    }
  });

  router.afterEach((to, from, failure) => {
    if (failure || from.matched.length === 0 || to.path === from.path) return;
    // Moving between an entry's tabs keeps focus where it was (the tab list).
    if (to.params.id && to.params.id === from.params.id) return;
    void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }));
  });

  return router;
}
